// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/AwardsBoard.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/DisplayText.h"
#include "app/gui/Guarded.h"
#include "app/gui/Language.h"
#include "app/gui/SessionController.h"
#include "core/services/AwardsDocuments.h"
#include "core/services/ReportTables.h"

#include <QCoreApplication>

namespace dc::gui {

namespace {

const QString kDateFormat = QStringLiteral("dd/MM/yyyy");

QString label(const char* key, core::domain::Language language) {
    return core::reportLabel(QString::fromLatin1(key), language);
}

// 3 decimals, with the Vietnamese decimal comma in Vietnamese (as the printed explanation writes them).
QString scoreText(double value, core::domain::Language language) {
    QString text = QString::number(value, 'f', 3);
    return language == core::domain::Language::Vietnamese ? text.replace(QLatin1Char('.'), QLatin1Char(',')) : text;
}

// The private patterns' keys (evaluation::suspicious) in words: questions for the office, not verdicts.
QString patternWords(const QStringList& keys) {
    QStringList words;
    for (const QString& key : keys) {
        if (key == QLatin1String("speed")) {
            words.append(QCoreApplication::translate("AwardsBoard", "far faster than the commune's others"));
        } else if (key == QLatin1String("match_run")) {
            words.append(QCoreApplication::translate("AwardsBoard", "a long run of matches without a correction"));
        } else if (key == QLatin1String("voids_amendments")) {
            words.append(QCoreApplication::translate("AwardsBoard", "many voids or amendments"));
        } else {
            words.append(key);
        }
    }
    return words.join(QStringLiteral("; "));
}

std::int64_t entriesOf(const core::evaluation::Evaluation& e) {
    std::int64_t entries = 0;
    for (const core::evaluation::CellScore& c : e.cells) {
        entries += c.cell.entries;
    }
    return entries;
}

QVariantList pairs(const QList<std::pair<QString, QString>>& rows) {
    QVariantList out;
    for (const auto& [name, value] : rows) {
        out.append(QVariantMap{{QStringLiteral("label"), name}, {QStringLiteral("value"), value}});
    }
    return out;
}

} // namespace

AwardsBoard::AwardsBoard(QObject* parent) : QObject(parent) {
    connect(&m_task, &TaskSignals::finished, this, &AwardsBoard::finish);
}

AwardsBoard::~AwardsBoard() = default; // m_task waits for a running computation

void AwardsBoard::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("AwardsBoard: no dc::gui::AppContext on this QML engine");
        return;
    }
    connect(m_context->language(), &Language::changed, this, [this] {
        const int chosen = m_current;
        lay();
        show(chosen);
    });
    // The worker reads through the session: it must be done before the session closes (sign-out, idle lock).
    connect(m_context->session(), &SessionController::closing, this, [this] { m_task.wait(); });
}

void AwardsBoard::componentComplete() {
    reload();
}

void AwardsBoard::setFromText(const QString& text) {
    if (text != m_fromText) {
        m_fromText = text;
        Q_EMIT periodChanged();
    }
}

void AwardsBoard::setToText(const QString& text) {
    if (text != m_toText) {
        m_toText = text;
        Q_EMIT periodChanged();
    }
}

QString AwardsBoard::message() const {
    if (!m_problem.isEmpty()) {
        return m_problem;
    }
    return m_error ? app::errorText(*m_error) : QString();
}

QString AwardsBoard::ruleLabel() const {
    const bool vi = !m_context || m_context->language()->vietnamese();
    return label("awards.rule", vi ? core::domain::Language::Vietnamese : core::domain::Language::English);
}

QString AwardsBoard::ruleText() const {
    const bool vi = !m_context || m_context->language()->vietnamese();
    return label("awards.ruleText", vi ? core::domain::Language::Vietnamese : core::domain::Language::English);
}

void AwardsBoard::clear() {
    m_awards.reset();
    m_error.reset();
    m_problem.clear();
    m_volunteers.clear();
    m_scope.clear();
    m_period.clear();
    m_showsRank = false;
    m_eligibleCount = 0;
    m_shortlistedCount = 0;
    m_current = -1;
    m_explanation.clear();
}

void AwardsBoard::fail(const QString& text) {
    clear();
    m_problem = text;
    Q_EMIT loaded();
    Q_EMIT currentChanged();
}

void AwardsBoard::reload() {
    if (m_task.running()) {
        m_again = true; // the period typed meanwhile is read once this one is done
        return;
    }
    core::Session* session = m_context ? m_context->session()->session() : nullptr;
    if (!session) {
        clear();
        Q_EMIT loaded();
        Q_EMIT currentChanged();
        return;
    }
    core::AwardsRequest request;
    const auto from = text::typedDay(m_fromText);
    const auto to = text::typedDay(m_toText);
    if ((from && !from->isValid()) || (to && !to->isValid())) {
        fail(QCoreApplication::translate("AwardsBoard", "Type the dates as dd/mm/yyyy, e.g. 01/12/2022, or leave "
                                                        "them empty for everything logged."));
        return;
    }
    if (from && to && *from > *to) {
        fail(QCoreApplication::translate("AwardsBoard", "The period is reversed: %1 is after %2.")
                 .arg(from->toString(kDateFormat), to->toString(kDateFormat)));
        return;
    }
    request.from = from.value_or(QDate());
    request.to = to.value_or(QDate());
    m_request = request;
    // Stays alive: closing() and the destructor wait for the task first.
    m_task.start([session, request] { return core::AwardsService::compute(*session, request); });
    Q_EMIT busyChanged();
}

void AwardsBoard::finish() {
    auto outcome = m_task.take();
    Q_EMIT busyChanged();
    if (m_again) {
        m_again = false;
        reload();
        return;
    }
    // The person chosen stays chosen when the period changes.
    QString chosen;
    if (m_awards && m_current >= 0 && m_current < static_cast<int>(m_awards->volunteers.size())) {
        chosen = m_awards->volunteers[static_cast<std::size_t>(m_current)].volunteer.key;
    }
    clear();
    if (!outcome) {
        m_error = outcome.error();
        Q_EMIT loaded();
        Q_EMIT currentChanged();
        return;
    }
    m_awards = std::move(outcome).value();
    lay();
    int again = m_awards->volunteers.empty() ? -1 : 0;
    for (std::size_t i = 0; i < m_awards->volunteers.size(); ++i) {
        if (m_awards->volunteers[i].volunteer.key == chosen) {
            again = static_cast<int>(i);
        }
    }
    show(again);
}

void AwardsBoard::show(int chosen) {
    // A new list makes the view choose its first row (setCurrent(0)); the one chosen before is chosen again after.
    Q_EMIT loaded();
    const int count = m_awards ? static_cast<int>(m_awards->volunteers.size()) : 0;
    m_current = chosen >= 0 && chosen < count ? chosen : (count > 0 ? 0 : -1);
    explainNow();
}

void AwardsBoard::lay() {
    m_volunteers.clear();
    m_eligibleCount = 0;
    m_shortlistedCount = 0;
    m_showsRank = false;
    m_scope.clear();
    m_period.clear();
    if (!m_awards || !m_context) {
        return;
    }
    const auto language =
        m_context->language()->vietnamese() ? core::domain::Language::Vietnamese : core::domain::Language::English;
    const core::Session* session = m_context->session()->session();
    if (session && session->user().role == core::Role::District) {
        m_scope = label("awards.district", language) + QStringLiteral(": ") + session->user().district;
    } else if (m_awards->atHub) {
        m_scope = label("awards.province", language);
    } else if (session) {
        m_scope = session->siteName();
    }
    if (!m_request.from.isValid() && !m_request.to.isValid()) {
        m_period = label("awards.allLogged", language);
    } else {
        m_period = (m_request.from.isValid() ? m_request.from.toString(kDateFormat) : QStringLiteral("…")) +
                   QStringLiteral(" – ") +
                   (m_request.to.isValid() ? m_request.to.toString(kDateFormat) : QStringLiteral("…"));
    }
    for (const core::JudgedVolunteer& v : m_awards->volunteers) {
        const core::evaluation::Evaluation& e = v.evaluation;
        const QString tierKey = QString::fromLatin1(core::evaluation::tierKey(e.tier));
        m_showsRank = m_showsRank || v.rank > 0;
        m_eligibleCount += e.eligible ? 1 : 0;
        m_shortlistedCount += v.shortlisted ? 1 : 0;
        QString place = e.metrics.district;
        if (!e.metrics.commune.isEmpty()) {
            place += (place.isEmpty() ? QString() : QStringLiteral(" / ")) + e.metrics.commune;
        }
        m_volunteers.append(QVariantMap{
            {QStringLiteral("rank"), v.rank},
            {QStringLiteral("name"), v.volunteer.name},
            {QStringLiteral("unit"), v.volunteer.unit},
            {QStringLiteral("place"), place},
            {QStringLiteral("tierKey"), tierKey},
            {QStringLiteral("tier"), core::reportLabel(QStringLiteral("tier.") + tierKey, language)},
            {QStringLiteral("score"), scoreText(e.score(), language)},
            {QStringLiteral("eligible"), e.eligible},
            {QStringLiteral("shortlisted"), v.shortlisted},
            {QStringLiteral("days"), e.metrics.daysPresent},
            {QStringLiteral("entries"), static_cast<qint64>(entriesOf(e))},
            {QStringLiteral("patterns"), m_awards->seesPatterns ? patternWords(v.patterns) : QString()},
        });
    }
}

void AwardsBoard::setCurrent(int index) {
    const int count = m_awards ? static_cast<int>(m_awards->volunteers.size()) : 0;
    const int chosen = index >= 0 && index < count ? index : -1;
    if (chosen != m_current) {
        m_current = chosen;
        explainNow();
    }
}

void AwardsBoard::explainNow() {
    m_explanation.clear();
    if (!m_awards || !m_context || m_current < 0 || m_current >= static_cast<int>(m_awards->volunteers.size())) {
        Q_EMIT currentChanged();
        return;
    }
    const auto language =
        m_context->language()->vietnamese() ? core::domain::Language::Vietnamese : core::domain::Language::English;
    const core::JudgedVolunteer& v = m_awards->volunteers[static_cast<std::size_t>(m_current)];
    const core::evaluation::Evaluation& e = v.evaluation;
    // The page a volunteer is handed, laid out once in core: the screen shows the same facts, numbers and groups.
    const core::ReportDocument doc = core::AwardsDocuments::explanation(core::AwardsService::explainJson(v), language);
    const QString periodLabel = label("awards.period", language);
    const QString ruleLabel = label("awards.rule", language);
    const QString nameLabel = label("awards.col.name", language);
    const QString reasonsLabel = label("awards.reasons", language);
    const QString tierLabel = label("awards.col.tier", language);
    const QString ruleTitle = label("awards.ruleTitle", language);
    const QString scoreLabel = label("awards.col.score", language);
    QList<std::pair<QString, QString>> facts;
    QString reasons;
    for (const auto& fact : doc.facts) {
        // The period is the page's own (the paper's says "everything logged"), the rule is shown apart (in one
        // sentence, "awards.ruleText"), the name, tier and score are the heading.
        if (fact.first == periodLabel || fact.first == ruleLabel || fact.first == ruleTitle ||
            fact.first == nameLabel || fact.first == tierLabel || fact.first == scoreLabel) {
            continue;
        }
        if (fact.first == reasonsLabel) {
            reasons = fact.second;
        }
        facts.append(fact);
    }
    const QString tierKey = QString::fromLatin1(core::evaluation::tierKey(e.tier));
    QVariantMap out{
        {QStringLiteral("name"), v.volunteer.name},
        {QStringLiteral("tierKey"), tierKey},
        {QStringLiteral("tier"), core::reportLabel(QStringLiteral("tier.") + tierKey, language)},
        {QStringLiteral("score"), scoreText(e.score(), language)},
        {QStringLiteral("eligible"), e.eligible},
        {QStringLiteral("shortlisted"), label(v.shortlisted ? "yes" : "no", language)},
        {QStringLiteral("reasons"), reasons},
        {QStringLiteral("facts"), pairs(facts)},
        {QStringLiteral("patterns"), m_awards->seesPatterns ? patternWords(v.patterns) : QString()},
    };
    if (doc.tables.size() >= 3) {
        const core::ReportTable& metrics = doc.tables[0];
        QList<std::pair<QString, QString>> numbers;
        for (const QStringList& row : metrics.rows) {
            numbers.append({row.value(0), row.value(1)});
        }
        out.insert(QStringLiteral("metricsHeading"), metrics.heading);
        out.insert(QStringLiteral("metrics"), pairs(numbers));
        const core::ReportTable& cells = doc.tables[1];
        QVariantList rows;
        for (const QStringList& row : cells.rows) {
            rows.append(row);
        }
        out.insert(QStringLiteral("cellsHeading"), cells.heading);
        out.insert(QStringLiteral("cellColumns"), cells.columns);
        out.insert(QStringLiteral("cells"), rows);
        const core::ReportTable& days = doc.tables[2];
        QStringList dayList;
        for (const QStringList& row : days.rows) {
            dayList.append(row.value(0));
        }
        out.insert(QStringLiteral("daysHeading"), days.heading);
        out.insert(QStringLiteral("days"), dayList.join(QStringLiteral(", ")));
    }
    m_explanation = out;
    Q_EMIT currentChanged();
}

} // namespace dc::gui
