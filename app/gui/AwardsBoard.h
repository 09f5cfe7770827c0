// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "app/gui/WorkerTask.h"
#include "core/Error.h"
#include "core/services/AwardsService.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace dc::gui {

class AppContext;

// The judging page (issue 15 part 3): every volunteer the account may see, in rank order, with their tier, score and
// whether they may be nominated, and the explanation of the chosen one — the numbers behind the score, each kind of
// book with its comparison group, the reasons that kept them off the shortlist, the rule in words. Everything is
// core::AwardsService::compute's (the office's view: province and district accounts at a hub, a supervisor at a
// commune site; it checks who may see what) and the explanation is laid out by core::AwardsDocuments::explanation,
// the page a volunteer is handed, so the screen and the paper say the same; the labels are reports.json's. This only
// lays them out.
//
// compute reads every logged fact of the period (a province: up to seconds), so it runs on a worker thread: `busy`
// meanwhile, and the session is waited for before it closes (SessionController::closing) or this goes.
class AwardsBoard : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    // The period typed, dd/mm/yyyy; empty: from the first day logged, to the last. Applied by reload().
    Q_PROPERTY(QString fromText READ fromText WRITE setFromText NOTIFY periodChanged)
    Q_PROPERTY(QString toText READ toText WRITE setToText NOTIFY periodChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // Whose volunteers: "Toàn tỉnh", "Huyện: Dầu Tiếng", or the commune site's name; and the period read ("toàn bộ dữ
    // liệu đã ghi" or "01/12/2022 – 31/12/2022").
    Q_PROPERTY(QString scope READ scope NOTIFY loaded)
    Q_PROPERTY(QString period READ period NOTIFY loaded)
    // Rank numbers are the office's (province, a commune's supervisor): never shown to a district account.
    Q_PROPERTY(bool showsRank READ showsRank NOTIFY loaded)
    // The private patterns: the office's eyes only.
    Q_PROPERTY(bool seesPatterns READ seesPatterns NOTIFY loaded)
    // One map per volunteer, in rank order: rank (int, 0 when not shown), name, unit, place ("District / Commune"),
    // tier (words), tierKey ("none", "completed", "good", "excellent"), score ("12,345"), eligible (bool), shortlisted
    // (bool), days (int), entries (int: of their pairs), patterns (words, empty when none or not seen).
    Q_PROPERTY(QVariantList volunteers READ volunteers NOTIFY loaded)
    Q_PROPERTY(int eligibleCount READ eligibleCount NOTIFY loaded)
    Q_PROPERTY(int shortlistedCount READ shortlistedCount NOTIFY loaded)
    // The chosen volunteer (an index into volunteers; -1 when none) and their explanation: name, tier, tierKey, score,
    // eligible, shortlisted (words: "có"/"không"), reasons (words, empty when shortlisted), facts [{label, value}]
    // (who they are, shortlisted, reasons — AwardsDocuments::explanation's, without the name, tier, rule and period),
    // metricsHeading, metrics [{label, value}], cellsHeading, cellColumns [words], cells [[words]], daysHeading, days
    // ("01/12/2022, 02/12/2022"), patterns (words). Empty when nobody is chosen.
    Q_PROPERTY(int current READ current WRITE setCurrent NOTIFY currentChanged)
    Q_PROPERTY(QVariantMap explanation READ explanation NOTIFY currentChanged)
    // The rule in words (reports.json "awards.rule" and "awards.ruleText").
    Q_PROPERTY(QString ruleLabel READ ruleLabel NOTIFY loaded)
    Q_PROPERTY(QString ruleText READ ruleText NOTIFY loaded)
    // Why nothing could be read (refused, a date not understood, the database); empty otherwise. In the interface
    // language.
    Q_PROPERTY(QString message READ message NOTIFY loaded)

public:
    explicit AwardsBoard(QObject* parent = nullptr);
    ~AwardsBoard() override;

    void classBegin() override;
    void componentComplete() override;

    [[nodiscard]] QString fromText() const { return m_fromText; }
    [[nodiscard]] QString toText() const { return m_toText; }
    void setFromText(const QString& text);
    void setToText(const QString& text);
    [[nodiscard]] bool busy() const { return m_task.running(); }
    [[nodiscard]] QString scope() const { return m_scope; }
    [[nodiscard]] QString period() const { return m_period; }
    [[nodiscard]] bool showsRank() const { return m_showsRank; }
    [[nodiscard]] bool seesPatterns() const { return m_awards.has_value() && m_awards->seesPatterns; }
    [[nodiscard]] QVariantList volunteers() const { return m_volunteers; }
    [[nodiscard]] int eligibleCount() const { return m_eligibleCount; }
    [[nodiscard]] int shortlistedCount() const { return m_shortlistedCount; }
    [[nodiscard]] int current() const { return m_current; }
    void setCurrent(int index);
    [[nodiscard]] QVariantMap explanation() const { return m_explanation; }
    [[nodiscard]] QString ruleLabel() const;
    [[nodiscard]] QString ruleText() const;
    [[nodiscard]] QString message() const;

    // Reads the period typed again (F5, Enter in a date). A date that is not dd/mm/yyyy or a reversed period reads
    // nothing and says why.
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void periodChanged();
    void busyChanged();
    void loaded();
    void currentChanged();

private:
    void finish();
    void lay();            // m_awards → the rows, in the interface language
    void show(int chosen); // the rows laid are shown, `chosen` chosen in them
    void explainNow();     // m_current → m_explanation
    void clear();
    void fail(const QString& text);

    AppContext* m_context = nullptr;
    WorkerTask<core::Result<core::Awards>> m_task;
    bool m_again = false; // reload() asked for while the worker runs
    QString m_fromText;
    QString m_toText;
    core::AwardsRequest m_request; // what m_awards was read for
    std::optional<core::Awards> m_awards;
    QString m_scope;
    QString m_period;
    bool m_showsRank = false;
    QVariantList m_volunteers;
    int m_eligibleCount = 0;
    int m_shortlistedCount = 0;
    int m_current = -1;
    QVariantMap m_explanation;
    std::optional<core::Error> m_error;
    QString m_problem; // a period not understood (words)
};

} // namespace dc::gui
