// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "app/gui/ChosenBook.h"
#include "app/gui/TrainingMistakeModel.h"
#include "core/Error.h"
#include "core/training/Training.h"

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace dc::gui {

class AppContext;

// The score screen of a training book (issue 18 part 3): TrainingService::score for the pair's book — outcomes right,
// corrections right, writing differences wrongly corrected, missed corrections, escalations missed or unneeded, time
// and keys per entry — each mistake with the right answer and core's one-line explanation, and whether the pair is
// ready, with the rule in words (core::training::readinessRule). Read when the page is made and on reload().
class TrainingScore : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    // The book scored (the page's required property, from the Navigator).
    Q_PROPERTY(dc::gui::ChosenBook* book READ book WRITE setBook NOTIFY bookChanged)
    Q_PROPERTY(bool scored READ scored NOTIFY loaded) // a score was read
    Q_PROPERTY(int entries READ entries NOTIFY loaded)
    Q_PROPERTY(int logged READ logged NOTIFY loaded)
    Q_PROPERTY(int outcomesRight READ outcomesRight NOTIFY loaded)
    Q_PROPERTY(int correctionsExpected READ correctionsExpected NOTIFY loaded)
    Q_PROPERTY(int correctionsRight READ correctionsRight NOTIFY loaded)
    Q_PROPERTY(int writingDifferencesCorrected READ writingDifferencesCorrected NOTIFY loaded)
    Q_PROPERTY(int missedCorrections READ missedCorrections NOTIFY loaded)
    Q_PROPERTY(int escalationsMissed READ escalationsMissed NOTIFY loaded)
    Q_PROPERTY(int escalationsUnneeded READ escalationsUnneeded NOTIFY loaded)
    // "14,2" (the decimal comma in Vietnamese); keys "—" when not measured.
    Q_PROPERTY(QString secondsPerEntry READ secondsPerEntry NOTIFY loaded)
    Q_PROPERTY(QString keysPerEntry READ keysPerEntry NOTIFY loaded)
    Q_PROPERTY(bool ready READ ready NOTIFY loaded)
    Q_PROPERTY(QString rule READ rule NOTIFY loaded) // the readiness rule in words, in the interface language
    // Why the score does not pass the rule (core::training::readinessReasons) in words, "; " between them; "" if ready.
    Q_PROPERTY(QString reasons READ reasons NOTIFY loaded)
    Q_PROPERTY(dc::gui::TrainingMistakeModel* mistakes READ mistakes CONSTANT)
    // Why no score could be read; empty otherwise. In the interface language.
    Q_PROPERTY(QString message READ message NOTIFY loaded)

public:
    explicit TrainingScore(QObject* parent = nullptr);
    ~TrainingScore() override;

    void classBegin() override;
    void componentComplete() override;

    [[nodiscard]] ChosenBook* book() const { return m_book; }
    void setBook(ChosenBook* book);
    [[nodiscard]] bool scored() const { return m_score.has_value(); }
    [[nodiscard]] int entries() const { return m_score ? m_score->entries : 0; }
    [[nodiscard]] int logged() const { return m_score ? m_score->logged : 0; }
    [[nodiscard]] int outcomesRight() const { return m_score ? m_score->outcomesRight : 0; }
    [[nodiscard]] int correctionsExpected() const { return m_score ? m_score->correctionsExpected : 0; }
    [[nodiscard]] int correctionsRight() const { return m_score ? m_score->correctionsRight : 0; }
    [[nodiscard]] int writingDifferencesCorrected() const { return m_score ? m_score->writingDifferencesCorrected : 0; }
    [[nodiscard]] int missedCorrections() const { return m_score ? m_score->missedCorrections : 0; }
    [[nodiscard]] int escalationsMissed() const { return m_score ? m_score->escalationsMissed : 0; }
    [[nodiscard]] int escalationsUnneeded() const { return m_score ? m_score->escalationsUnneeded : 0; }
    [[nodiscard]] QString secondsPerEntry() const;
    [[nodiscard]] QString keysPerEntry() const;
    [[nodiscard]] bool ready() const { return m_score && m_score->ready; }
    [[nodiscard]] QString rule() const;
    [[nodiscard]] QString reasons() const;
    [[nodiscard]] TrainingMistakeModel* mistakes() const { return m_mistakes; }
    [[nodiscard]] QString message() const;

    Q_INVOKABLE void reload();
    // What reload() does with the service's answer (tests give a hand-made score).
    void show(core::domain::RecordType type, const core::training::Score& score, bool vietnamese);

Q_SIGNALS:
    void bookChanged();
    void loaded();

private:
    [[nodiscard]] bool vietnamese() const;

    AppContext* m_context = nullptr;
    QPointer<ChosenBook> m_book;
    bool m_complete = false;
    bool m_vietnamese = true;
    std::optional<core::training::Score> m_score;
    std::optional<core::Error> m_error;
    TrainingMistakeModel* m_mistakes = nullptr;
};

} // namespace dc::gui
