// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/ErrorMapBoard.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/CampaignOfSite.h"
#include "app/gui/DisplayText.h"
#include "app/gui/Language.h"
#include "app/gui/SessionController.h"
#include "core/domain/Outcome.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace dc::gui {

namespace {

// A string marked with QT_TRANSLATE_NOOP("ErrorMapBoard", ...), in the interface language.
QString translated(const char* text) {
    return QCoreApplication::translate("ErrorMapBoard", text);
}

// 1234 → "1.234" in Vietnamese, "1,234" in English.
QString count(int n, bool vietnamese) {
    return QLocale(vietnamese ? QLocale::Vietnamese : QLocale::English).toString(n);
}

} // namespace

ErrorMapBoard::ErrorMapBoard(QObject* parent) : QObject(parent) {
    connect(&m_task, &TaskSignals::finished, this, &ErrorMapBoard::finish);
}

ErrorMapBoard::~ErrorMapBoard() = default; // m_task waits for a running computation

void ErrorMapBoard::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("ErrorMapBoard: no dc::gui::AppContext on this QML engine");
        return;
    }
    connect(m_context->language(), &Language::changed, this, [this] {
        m_rows.setLanguage(vietnamese());
        m_weakest.setLanguage(vietnamese());
        describe();
        Q_EMIT optionsChanged();
        Q_EMIT loaded();
    });
    // The worker reads through the session: it must be done before the session closes (sign-out, idle lock).
    connect(m_context->session(), &SessionController::closing, this, [this] { m_task.wait(); });
}

void ErrorMapBoard::componentComplete() {
    // At a hub a district account starts with its district (the province is not its to read), the office with the
    // province; the district and commune boxes start on the first of the campaign.
    const core::Session* s = session();
    const auto& districts = campaignOfSite(s).districts;
    if (s && s->user().role == core::Role::District) {
        m_level = Level::District;
        m_district = s->user().district;
    } else if (!districts.empty()) {
        m_district = districts.front().name;
    }
    const QStringList communes = communeOptions();
    m_commune = communes.isEmpty() ? QString() : communes.front();
    Q_EMIT optionsChanged();
    reload();
}

core::Session* ErrorMapBoard::session() const {
    return m_context ? m_context->session()->session() : nullptr;
}

bool ErrorMapBoard::vietnamese() const {
    return !m_context || m_context->language()->vietnamese();
}

bool ErrorMapBoard::atHub() const {
    const core::Session* s = session();
    return s && s->siteKind() == core::SiteKind::Hub;
}

bool ErrorMapBoard::offers(Grouping grouping) const {
    switch (grouping) {
    case Grouping::ByDistrict:
        return atHub() && m_level == Level::Province;
    case Grouping::ByCommune:
        return atHub() && m_level != Level::Commune;
    default:
        return true;
    }
}

QVariantList ErrorMapBoard::groupingOptions() const {
    QVariantList options;
    const auto add = [&](Grouping g, const char* text) {
        if (offers(g)) {
            options.append(text::option(static_cast<int>(g), translated(text)));
        }
    };
    add(Grouping::ByField, QT_TRANSLATE_NOOP("ErrorMapBoard", "By field"));
    add(Grouping::ByClass, QT_TRANSLATE_NOOP("ErrorMapBoard", "Field × correction class"));
    add(Grouping::ByRecordType, QT_TRANSLATE_NOOP("ErrorMapBoard", "Field × register type"));
    add(Grouping::ByDecade, QT_TRANSLATE_NOOP("ErrorMapBoard", "Field × register decade"));
    add(Grouping::ByDistrict, QT_TRANSLATE_NOOP("ErrorMapBoard", "Field × district"));
    add(Grouping::ByCommune, QT_TRANSLATE_NOOP("ErrorMapBoard", "Field × commune"));
    return options;
}

void ErrorMapBoard::setGrouping(Grouping grouping) {
    if (grouping != m_grouping && offers(grouping)) {
        m_grouping = grouping;
        regroup();
        Q_EMIT groupingChanged();
    }
}

void ErrorMapBoard::setWeakestFirst(bool on) {
    if (on != m_weakestFirst) {
        m_weakestFirst = on;
        regroup();
        Q_EMIT groupingChanged();
    }
}

QVariantList ErrorMapBoard::levelOptions() const {
    QVariantList options;
    const core::Session* s = session();
    if (!s || s->user().role != core::Role::District) {
        options.append(text::option(static_cast<int>(Level::Province),
                                    QCoreApplication::translate("ErrorMapBoard", "The province")));
    }
    options.append(
        text::option(static_cast<int>(Level::District), QCoreApplication::translate("ErrorMapBoard", "A district")));
    options.append(
        text::option(static_cast<int>(Level::Commune), QCoreApplication::translate("ErrorMapBoard", "A commune")));
    return options;
}

void ErrorMapBoard::setLevel(Level level) {
    const core::Session* s = session();
    if (level == Level::Province && s && s->user().role == core::Role::District) {
        return; // not offered (the service would refuse it too)
    }
    if (level != m_level) {
        m_level = level;
        scopeChanged();
    }
}

QStringList ErrorMapBoard::districtOptions() const {
    const core::Session* s = session();
    if (s && s->user().role == core::Role::District) {
        return {s->user().district};
    }
    QStringList names;
    for (const core::campaign::District& d : campaignOfSite(s).districts) {
        names.append(d.name);
    }
    return names;
}

QStringList ErrorMapBoard::communeOptions() const {
    for (const core::campaign::District& d : campaignOfSite(session()).districts) {
        if (d.name == m_district) {
            return d.communes;
        }
    }
    return {};
}

void ErrorMapBoard::setDistrict(const QString& district) {
    if (district != m_district) {
        m_district = district;
        const QStringList communes = communeOptions();
        if (!communes.contains(m_commune)) {
            m_commune = communes.isEmpty() ? QString() : communes.front();
        }
        scopeChanged();
    }
}

void ErrorMapBoard::setCommune(const QString& commune) {
    if (commune != m_commune) {
        m_commune = commune;
        scopeChanged();
    }
}

// Another place: the map held no longer answers; a grouping the place does not offer falls back to the field alone.
void ErrorMapBoard::scopeChanged() {
    if (!offers(m_grouping)) {
        m_grouping = Grouping::ByField;
        Q_EMIT groupingChanged();
    }
    Q_EMIT optionsChanged();
    reload();
}

core::ReportScope ErrorMapBoard::requestScope() const {
    if (!atHub() || m_level == Level::Province) {
        return {};
    }
    if (m_level == Level::District) {
        return {m_district, {}};
    }
    return {m_district, m_commune};
}

QString ErrorMapBoard::message() const {
    return m_error ? app::errorText(*m_error) : QString();
}

void ErrorMapBoard::clear() {
    m_map.reset();
    m_error.reset();
    m_rows.clear();
    m_weakest.clear();
    m_scope.clear();
    m_outcomes.clear();
    m_compared = 0;
}

void ErrorMapBoard::reload() {
    if (m_task.running()) {
        m_again = true; // the scope chosen meanwhile is read once this one is done
        return;
    }
    core::Session* s = session();
    if (!s) {
        clear();
        Q_EMIT loaded();
        return;
    }
    const core::ErrorMapRequest request{requestScope()};
    // Stays alive: closing() and the destructor wait for the task first.
    m_task.start([s, request] { return core::ErrorMapService::compute(*s, request); });
    Q_EMIT busyChanged();
}

void ErrorMapBoard::finish() {
    auto outcome = m_task.take();
    Q_EMIT busyChanged();
    if (m_again) {
        m_again = false;
        reload();
        return;
    }
    if (!outcome) {
        clear();
        m_error = outcome.error();
        Q_EMIT loaded();
        return;
    }
    // The new rows replace the old in one reset of each list (not emptied first).
    m_error.reset();
    m_map = std::move(outcome).value();
    regroup();
    m_weakest.setRows(core::ErrorMapService::weakest(*m_map, kMinimumChecked, kWeakestShown), vietnamese());
    describe();
    Q_EMIT loaded();
}

void ErrorMapBoard::regroup() {
    if (!m_map) {
        m_rows.clear();
        return;
    }
    core::ErrorMapGrouping g;
    g.byClass = m_grouping == Grouping::ByClass;
    g.byRecordType = m_grouping == Grouping::ByRecordType;
    g.byDecade = m_grouping == Grouping::ByDecade;
    g.byDistrict = m_grouping == Grouping::ByDistrict;
    g.byCommune = m_grouping == Grouping::ByCommune;
    std::vector<core::ErrorMapRow> rows = core::ErrorMapService::rows(*m_map, g);
    if (m_weakestFirst) {
        std::stable_sort(rows.begin(), rows.end(), [](const core::ErrorMapRow& a, const core::ErrorMapRow& b) {
            const auto& x = a.rate.estimate;
            const auto& y = b.rate.estimate;
            return x.low != y.low ? x.low > y.low : x.rate > y.rate;
        });
    }
    m_rows.setRows(std::move(rows), vietnamese());
}

void ErrorMapBoard::describe() {
    m_scope.clear();
    m_outcomes.clear();
    m_compared = 0;
    if (!m_map) {
        return;
    }
    const bool vi = vietnamese();
    if (m_map->atHub) {
        // The place alone ("<hub> — <scope>" is the printed header's).
        m_scope = m_map->scope.isProvince() ? campaignOfSite(session()).province
                  : m_map->scope.commune.isEmpty()
                      ? m_map->scope.district
                      : core::campaign::communePath(m_map->scope.district, m_map->scope.commune);
    } else {
        m_scope = m_map->site;
    }
    const auto outcomeCount = [&](core::domain::Outcome o) {
        return m_map->outcomes.value(core::domain::outcomeKey(o), 0);
    };
    using core::domain::Outcome;
    const int match = outcomeCount(Outcome::Match);
    const int corrected = outcomeCount(Outcome::Corrected);
    m_compared = match + corrected;
    QStringList parts;
    parts.append(QCoreApplication::translate("ErrorMapBoard", "Compared field by field: %1 entries (%2 %3, %4 %5)")
                     .arg(count(m_compared, vi), text::outcomeName(Outcome::Match).toLower(), count(match, vi),
                          text::outcomeName(Outcome::Corrected).toLower(), count(corrected, vi)));
    for (const Outcome o : {Outcome::MissingEnteredNew, Outcome::DuplicateInDatabase, Outcome::Escalated}) {
        parts.append(QStringLiteral("%1: %2").arg(text::outcomeName(o), count(outcomeCount(o), vi)));
    }
    parts.append(QCoreApplication::translate("ErrorMapBoard", "Writing differences (not errors): %1")
                     .arg(count(m_map->writingDifferences, vi)));
    m_outcomes = parts.join(QStringLiteral(" · "));
}

} // namespace dc::gui
