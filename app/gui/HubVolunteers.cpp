// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/HubVolunteers.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/Guarded.h"
#include "app/gui/Language.h"
#include "app/gui/SessionController.h"
#include "core/domain/Masking.h"
#include "core/domain/Messages.h"
#include "core/services/RegistrationService.h"

#include <QCoreApplication>

namespace dc::gui {

namespace {

QString kindWords(const QString& kind) {
    if (kind == QLatin1String("district")) {
        return QCoreApplication::translate("HubVolunteers", "district");
    }
    if (kind == QLatin1String("school")) {
        return QCoreApplication::translate("HubVolunteers", "school");
    }
    return QCoreApplication::translate("HubVolunteers", "other");
}

QVariantMap quotaRow(const core::QuotaRow& r) {
    return {{QStringLiteral("unit"), r.unit},         {QStringLiteral("kind"), kindWords(r.kind)},
            {QStringLiteral("quota"), r.quota},       {QStringLiteral("registered"), r.registered},
            {QStringLiteral("eligible"), r.eligible}, {QStringLiteral("byDeadline"), r.eligibleByDeadline},
            {QStringLiteral("shortBy"), r.shortBy},   {QStringLiteral("isShort"), r.shortBy > 0}};
}

} // namespace

HubVolunteers::HubVolunteers(QObject* parent) : QObject(parent) {}

HubVolunteers::~HubVolunteers() = default;

void HubVolunteers::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("HubVolunteers: no dc::gui::AppContext on this QML engine");
        return;
    }
    connect(m_context->language(), &Language::changed, this, &HubVolunteers::reload);
}

void HubVolunteers::componentComplete() {
    reload();
}

QString HubVolunteers::message() const {
    return m_error ? app::errorText(*m_error) : QString();
}

void HubVolunteers::reload() {
    m_deadline.clear();
    m_units.clear();
    m_total.clear();
    m_shortText.clear();
    m_volunteers.clear();
    m_eligibleCount = 0;
    m_error.reset();
    core::Session* session = m_context ? m_context->session()->session() : nullptr;
    if (!session) {
        Q_EMIT loaded();
        return;
    }
    auto board = guarded([&] { return core::RegistrationService::quotaBoard(*session); });
    if (!board) {
        m_error = board.error();
        Q_EMIT loaded();
        return;
    }
    if (board->deadline.isValid()) {
        const QString day = board->deadline.toString(QStringLiteral("dd/MM/yyyy"));
        m_deadline = board->deadlinePassed
                         ? QCoreApplication::translate("HubVolunteers", "Unit lists were due %1 (passed)").arg(day)
                         : QCoreApplication::translate("HubVolunteers", "Unit lists are due %1").arg(day);
    }
    for (const core::QuotaRow& row : board->units) {
        m_units.append(quotaRow(row));
    }
    m_total = quotaRow(board->total);
    const int shortCount = static_cast<int>(board->shortUnits.size());
    if (shortCount == 0) {
        m_shortText = QCoreApplication::translate("HubVolunteers", "Every unit has reached its quota.");
    } else {
        m_shortText = QCoreApplication::translate("HubVolunteers", "Still short (%n unit(s)): %1", nullptr, shortCount)
                          .arg(board->shortUnits.join(QStringLiteral(", ")));
    }

    auto volunteers = guarded([&] { return core::RegistrationService::listVolunteers(*session); });
    if (!volunteers) {
        m_error = volunteers.error();
        Q_EMIT loaded();
        return;
    }
    const auto language =
        m_context->language()->vietnamese() ? core::domain::Language::Vietnamese : core::domain::Language::English;
    for (const core::Volunteer& v : volunteers.value()) {
        QStringList reasons;
        for (const core::domain::Severity severity : {core::domain::Severity::Error, core::domain::Severity::Warning}) {
            for (const auto& finding : v.eligibility.reasons) {
                if (finding.severity == severity) {
                    reasons.append(core::domain::findingMessage(finding, language));
                }
            }
        }
        if (v.eligibility.eligible) {
            ++m_eligibleCount;
        }
        m_volunteers.append(QVariantMap{
            {QStringLiteral("name"), v.registration.fullName},
            {QStringLiteral("unit"), v.registration.unit},
            {QStringLiteral("birthYear"), v.registration.birthYear},
            // Masked on the screen (its last 3 digits), as `volunteers list` shows it.
            {QStringLiteral("idNumber"), core::domain::maskIdNumber(v.registration.idNumber)},
            {QStringLiteral("eligible"), v.eligibility.eligible},
            {QStringLiteral("eligibility"), v.eligibility.eligible
                                                ? QCoreApplication::translate("HubVolunteers", "Eligible")
                                                : QCoreApplication::translate("HubVolunteers", "Not eligible")},
            {QStringLiteral("reasons"), reasons.join(QStringLiteral(" · "))},
        });
    }
    Q_EMIT loaded();
}

} // namespace dc::gui
