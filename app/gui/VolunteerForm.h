// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Error.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace dc::gui {

class AppContext;

// The registration form Mẫu 01 at the hub (issue 14): a province account types one volunteer. The fields are the
// columns of a unit's list, keyed as core/campaign/resources/registration-columns.json keys them ("fullName",
// "birthYear", "idNumber", "sex", "phone", "agreesDates", …), and are read by core exactly as an imported row is
// (RegistrationService::checkForm / registerOne): the per-field checks, eligibility and the duplicate rules are
// core's, never this class's. What core finds is shown next to the field it names, in the interface language.
class VolunteerForm : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    // The campaign's recruiting units, in its order.
    Q_PROPERTY(QStringList units READ units CONSTANT)
    // The same as a choice's model: [{text, value}], both the unit's name.
    Q_PROPERTY(QVariantList unitChoices READ unitChoices CONSTANT)
    // The account may register (a province account at the hub): a district account reads the board only.
    Q_PROPERTY(bool canRegister READ canRegister CONSTANT)
    // Field key → the sentence to show under it (errors first); absent when nothing was found.
    Q_PROPERTY(QVariantMap notes READ notes NOTIFY checked)
    // Field key → true when its note is an error (saving is refused).
    Q_PROPERTY(QVariantMap blocking READ blocking NOTIFY checked)
    // The first field with an error, for the page to put the focus there; empty when none.
    Q_PROPERTY(QString firstProblem READ firstProblem NOTIFY checked)
    // "Eligible" or "Not eligible: …" once the form reads as a registration; empty otherwise.
    Q_PROPERTY(QString eligibility READ eligibility NOTIFY checked)
    Q_PROPERTY(bool eligible READ eligible NOTIFY checked)
    // Why the last save did not add anyone; empty otherwise.
    Q_PROPERTY(QString message READ message NOTIFY checked)
    // "Registered: Trịnh Thị Hoa (Bến Cát)." after a save; empty otherwise.
    Q_PROPERTY(QString confirmation READ confirmation NOTIFY checked)

public:
    explicit VolunteerForm(QObject* parent = nullptr);
    ~VolunteerForm() override;

    void classBegin() override;
    void componentComplete() override {}

    [[nodiscard]] QStringList units() const;
    [[nodiscard]] QVariantList unitChoices() const;
    [[nodiscard]] bool canRegister() const;
    [[nodiscard]] QVariantMap notes() const { return m_notes; }
    [[nodiscard]] QVariantMap blocking() const { return m_blocking; }
    [[nodiscard]] QString firstProblem() const { return m_firstProblem; }
    [[nodiscard]] QString eligibility() const { return m_eligibility; }
    [[nodiscard]] bool eligible() const { return m_eligible; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString confirmation() const { return m_confirmation; }

    // Checks what is typed, writing nothing (as the person leaves a field). `fields`: key → text.
    Q_INVOKABLE void check(const QString& unit, const QVariantMap& fields);
    // Registers the volunteer; true when added (then the page clears the form for the next one).
    Q_INVOKABLE bool save(const QString& unit, const QVariantMap& fields);
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void checked();

private:
    enum class Outcome { None, Added, Invalid, Already, OtherUnit, Service };
    bool run(const QString& unit, const QVariantMap& fields, bool write);

    AppContext* m_context = nullptr;
    QVariantMap m_notes;
    QVariantMap m_blocking;
    QString m_firstProblem;
    QString m_eligibility;
    bool m_eligible = false;
    Outcome m_outcome = Outcome::None;
    QString m_otherUnit;
    std::optional<core::Error> m_error;
    QString m_confirmation;
    // What the last save was asked with (not citizen data at rest: the view model's memory only, as the fields').
    QString m_savedUnit;
    QVariantMap m_savedFields;
};

} // namespace dc::gui
