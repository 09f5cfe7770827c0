// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/HubCommune.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/DisplayText.h"
#include "app/gui/Guarded.h"
#include "app/gui/HubBoard.h"
#include "app/gui/Language.h"
#include "app/gui/SessionController.h"
#include "core/campaign/Campaign.h"
#include "core/domain/RecordType.h"
#include "core/services/BookService.h"
#include "core/services/HubBoardService.h"
#include "core/services/SiteCampaign.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdint>

namespace dc::gui {

namespace {

QString alarmKindName(const QString& kind) {
    if (kind == QStringLiteral("fork")) {
        return QCoreApplication::translate("HubCommune", "Fork: same sequence, different content");
    }
    if (kind == QStringLiteral("rollback")) {
        return QCoreApplication::translate("HubCommune", "Rollback: the chain differs from what the hub holds");
    }
    if (kind == QStringLiteral("held")) {
        return QCoreApplication::translate("HubCommune", "Held: waiting for an earlier bundle");
    }
    if (kind == QStringLiteral("conflict")) {
        return QCoreApplication::translate("HubCommune", "Conflict: a row arrived with different content");
    }
    return kind;
}

QString bookTitleOf(const core::HubBookRow& b) {
    const auto type = core::recordTypeFromKey(b.recordType);
    if (!type) {
        return b.recordType + QStringLiteral(", ") + b.bookNumber;
    }
    core::Book book;
    book.recordType = *type;
    book.bookNumber = b.bookNumber;
    book.yearFrom = b.yearFrom;
    book.yearTo = b.yearTo;
    return text::bookTitle(book);
}

} // namespace

HubCommune::HubCommune(QObject* parent) : QObject(parent) {}

HubCommune::~HubCommune() = default;

void HubCommune::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("HubCommune: no dc::gui::AppContext on this QML engine");
        return;
    }
    connect(m_context->language(), &Language::changed, this, &HubCommune::reload);
}

void HubCommune::componentComplete() {
    m_complete = true;
    reload();
}

void HubCommune::setSite(const QString& site) {
    if (site == m_site) {
        return;
    }
    m_site = site;
    Q_EMIT siteChanged();
    if (m_complete) {
        reload();
    }
}

QString HubCommune::message() const {
    return m_error ? app::errorText(*m_error) : QString();
}

void HubCommune::reload() {
    m_title.clear();
    m_siteName.clear();
    m_figures.clear();
    m_books.clear();
    m_alarms.clear();
    m_chartDays.clear();
    m_chartCounts.clear();
    m_dailyTarget = 0;
    m_chartMax = 10;
    m_error.reset();
    core::Session* session = m_context ? m_context->session()->session() : nullptr;
    if (!session || m_site.isEmpty()) {
        Q_EMIT loaded();
        return;
    }
    auto detail =
        guarded([&] { return core::HubBoardService::commune(*session, m_site, &core::campaignOf(*session)); });
    if (!detail) {
        m_error = detail.error();
        Q_EMIT loaded();
        return;
    }
    const core::BoardCommune& c = detail->commune;
    m_title = QCoreApplication::translate("HubCommune", "%1 (%2)").arg(c.commune, c.district);
    m_siteName = c.siteName;
    m_figures = HubBoard::communeRow(c);
    for (const auto& b : detail->books) {
        const QString range = b.firstEntry && b.lastEntry ? QStringLiteral("%1–%2").arg(*b.firstEntry).arg(*b.lastEntry)
                                                          : QStringLiteral("—");
        m_books.append(
            QVariantMap{{QStringLiteral("title"), bookTitleOf(b)},
                        {QStringLiteral("range"), range},
                        {QStringLiteral("open"), b.open},
                        {QStringLiteral("status"), b.open ? QCoreApplication::translate("HubCommune", "Open")
                                                          : QCoreApplication::translate("HubCommune", "Closed")},
                        {QStringLiteral("logged"), QString::number(b.entries)},
                        {QStringLiteral("corrected"), QString::number(b.corrected)},
                        {QStringLiteral("escalated"), QString::number(b.escalated)}});
    }
    for (const auto& a : detail->alarms) {
        m_alarms.append(QVariantMap{{QStringLiteral("kind"), alarmKindName(a.kind)},
                                    {QStringLiteral("message"), a.message},
                                    {QStringLiteral("at"), a.at.isValid() ? text::dateTime(a.at) : QString()},
                                    {QStringLiteral("cleared"), a.cleared}});
    }
    std::int64_t most = c.dailyTarget;
    for (const auto& d : detail->perDay) {
        m_chartDays << d.day.toString(QStringLiteral("dd/MM"));
        m_chartCounts << static_cast<qlonglong>(d.entries);
        most = std::max(most, d.entries);
    }
    m_dailyTarget = c.dailyTarget;
    m_chartMax = HubBoard::tidyMaximum(most);
    Q_EMIT loaded();
}

} // namespace dc::gui
