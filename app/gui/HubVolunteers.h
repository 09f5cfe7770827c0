// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Error.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace dc::gui {

class AppContext;

// The hub's volunteers page (issue 14): the quota board (core::RegistrationService::quotaBoard: per unit registered /
// eligible / eligible by the deadline / quota / short, the totals, the units still short) and the registrations the
// account may read (listVolunteers) with their eligibility and its reasons, in the interface language. Every number
// and every reason is the service's; this only lays them out. Read when the page is made and on reload().
class HubVolunteers : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    // "Unit lists due 29/11/2022 (passed)"; empty when the campaign has no dates.
    Q_PROPERTY(QString deadline READ deadline NOTIFY loaded)
    // One map per unit, in the campaign's order: unit, kind (words), quota, registered, eligible, byDeadline, shortBy
    // (ints), isShort (bool).
    Q_PROPERTY(QVariantList units READ units NOTIFY loaded)
    Q_PROPERTY(QVariantMap total READ total NOTIFY loaded)
    // "Still short: Dĩ An, Bến Cát" or "Every unit has reached its quota."
    Q_PROPERTY(QString shortText READ shortText NOTIFY loaded)
    // One map per registration: name, unit, birthYear (int), idNumber (masked: its last 3 digits, as the CLI's screen
    // shows it), eligible (bool), eligibility (words), reasons
    // (the reasons and warnings, joined).
    Q_PROPERTY(QVariantList volunteers READ volunteers NOTIFY loaded)
    Q_PROPERTY(int eligibleCount READ eligibleCount NOTIFY loaded)
    // Why the page could not be read; empty otherwise. In the interface language.
    Q_PROPERTY(QString message READ message NOTIFY loaded)

public:
    explicit HubVolunteers(QObject* parent = nullptr);
    ~HubVolunteers() override;

    void classBegin() override;
    void componentComplete() override;

    [[nodiscard]] QString deadline() const { return m_deadline; }
    [[nodiscard]] QVariantList units() const { return m_units; }
    [[nodiscard]] QVariantMap total() const { return m_total; }
    [[nodiscard]] QString shortText() const { return m_shortText; }
    [[nodiscard]] QVariantList volunteers() const { return m_volunteers; }
    [[nodiscard]] int eligibleCount() const { return m_eligibleCount; }
    [[nodiscard]] QString message() const;

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void loaded();

private:
    AppContext* m_context = nullptr;
    QString m_deadline;
    QVariantList m_units;
    QVariantMap m_total;
    QString m_shortText;
    QVariantList m_volunteers;
    int m_eligibleCount = 0;
    std::optional<core::Error> m_error;
};

} // namespace dc::gui
