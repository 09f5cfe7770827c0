// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/VolunteerForm.h"
#include "app/gui/CampaignOfSite.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/Guarded.h"
#include "app/gui/Language.h"
#include "app/gui/SessionController.h"
#include "core/campaign/Campaign.h"
#include "core/domain/Messages.h"
#include "core/services/RegistrationService.h"
#include "core/services/SiteCampaign.h"

namespace dc::gui {

namespace {

using core::domain::Severity;

// The form's key of the field a finding names (the list's parsing names two of them after their value kinds).
QString formKey(const QString& field) {
    if (field == QLatin1String("name")) {
        return QStringLiteral("fullName");
    }
    if (field == QLatin1String("id_number") || field.isEmpty()) {
        return QStringLiteral("idNumber");
    }
    return field;
}

} // namespace

VolunteerForm::VolunteerForm(QObject* parent) : QObject(parent) {}

VolunteerForm::~VolunteerForm() = default;

void VolunteerForm::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("VolunteerForm: no dc::gui::AppContext on this QML engine");
        return;
    }
    connect(m_context->language(), &Language::changed, this, &VolunteerForm::checked);
}

QStringList VolunteerForm::units() const {
    QStringList out;
    for (const auto& unit : campaignOfSite(m_context ? m_context->session()->session() : nullptr).units) {
        out.append(unit.name);
    }
    return out;
}

QVariantList VolunteerForm::unitChoices() const {
    QVariantList out;
    for (const QString& unit : units()) {
        out.append(QVariantMap{{QStringLiteral("text"), unit}, {QStringLiteral("value"), unit}});
    }
    return out;
}

bool VolunteerForm::canRegister() const {
    const core::Session* s = m_context ? m_context->session()->session() : nullptr;
    return s && s->siteKind() == core::SiteKind::Hub && s->user().role == core::Role::Province;
}

QString VolunteerForm::message() const {
    switch (m_outcome) {
    case Outcome::None:
    case Outcome::Added:
        return {};
    case Outcome::Invalid:
        return tr("Not registered: correct the fields marked in red.");
    case Outcome::Already:
        return tr("Not registered: this unit has already registered this ID number.");
    case Outcome::OtherUnit:
        return tr("Not registered: this ID number is already registered by %1. One person is registered once.")
            .arg(m_otherUnit);
    case Outcome::Service:
        if (m_error && m_error->code == core::ErrorCode::InvalidInput) {
            return tr("Choose the unit and fill in at least the full name, the birth year and the ID number.");
        }
        return m_error ? app::errorText(*m_error) : QString();
    }
    return {};
}

void VolunteerForm::check(const QString& unit, const QVariantMap& fields) {
    if (unit == m_savedUnit && fields == m_savedFields) {
        return; // Enter saves, then the field it was typed in reports that editing finished: what the save said stays
    }
    m_confirmation.clear();
    run(unit, fields, false);
}

bool VolunteerForm::save(const QString& unit, const QVariantMap& fields) {
    m_confirmation.clear();
    m_savedUnit = unit;
    m_savedFields = fields;
    return run(unit, fields, true);
}

void VolunteerForm::clear() {
    m_savedUnit.clear();
    m_savedFields.clear();
    m_notes.clear();
    m_blocking.clear();
    m_firstProblem.clear();
    m_eligibility.clear();
    m_eligible = false;
    m_outcome = Outcome::None;
    m_error.reset();
    Q_EMIT checked();
}

bool VolunteerForm::run(const QString& unit, const QVariantMap& fields, bool write) {
    m_notes.clear();
    m_blocking.clear();
    m_firstProblem.clear();
    m_eligibility.clear();
    m_eligible = false;
    m_outcome = Outcome::None;
    m_error.reset();
    m_otherUnit.clear();
    core::Session* s = m_context ? m_context->session()->session() : nullptr;
    if (!s) {
        Q_EMIT checked();
        return false;
    }
    core::RegistrationForm form;
    form.unit = unit;
    bool empty = true;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QString text = it.value().toString();
        empty = empty && text.trimmed().isEmpty();
        form.fields.insert(it.key(), text);
    }
    if (empty && !write) {
        Q_EMIT checked(); // nothing typed yet: nothing to say
        return false;
    }
    auto result = guarded([&] {
        return write ? core::RegistrationService::registerOne(*s, form)
                     : core::RegistrationService::checkForm(*s, form);
    });
    if (!result) {
        m_outcome = write ? Outcome::Service : Outcome::None;
        m_error = result.error();
        if (!write && result.error().code != core::ErrorCode::InvalidInput) {
            m_outcome = Outcome::Service;
        }
        Q_EMIT checked();
        return false;
    }
    const bool vietnamese = m_context->language()->vietnamese();
    const auto language = vietnamese ? core::domain::Language::Vietnamese : core::domain::Language::English;
    const core::ImportRow& row = result.value();
    // The cells' findings first (errors before warnings), then eligibility's reasons where a field has nothing yet.
    for (const Severity severity : {Severity::Error, Severity::Warning}) {
        for (const auto& finding : row.findings) {
            const QString key = formKey(finding.field);
            if (finding.severity != severity || m_notes.contains(key)) {
                continue;
            }
            m_notes.insert(key, core::domain::findingMessage(finding, language));
            m_blocking.insert(key, severity == Severity::Error);
            if (severity == Severity::Error && m_firstProblem.isEmpty()) {
                m_firstProblem = key;
            }
            if (finding.code == QLatin1String("registration.registered_in_other_unit")) {
                m_otherUnit = finding.params.value(QStringLiteral("unit"));
            }
        }
    }
    if (row.status != core::RowStatus::Invalid) {
        const auto eligibility = core::campaign::checkEligibility(row.registration, campaignOfSite(s));
        m_eligible = eligibility.eligible;
        QStringList reasons;
        for (const auto& finding : eligibility.reasons) {
            const QString text = core::domain::findingMessage(finding, language);
            if (finding.severity == Severity::Error) {
                reasons.append(text);
            }
            const QString key = formKey(finding.field);
            if (!m_notes.contains(key)) {
                m_notes.insert(key, text);
                m_blocking.insert(key, false); // an ineligible person is still registered, as an imported row is
            }
        }
        m_eligibility = eligibility.eligible ? tr("Eligible.") : tr("Not eligible: %1").arg(reasons.join(u' '));
    }
    switch (row.status) {
    case core::RowStatus::Add:
        if (write) {
            m_outcome = Outcome::Added;
            m_confirmation = tr("Registered: %1 (%2).").arg(row.registration.fullName, row.registration.unit);
        }
        break;
    case core::RowStatus::Invalid:
        m_outcome = write ? Outcome::Invalid : Outcome::None;
        break;
    case core::RowStatus::Already:
        m_outcome = Outcome::Already;
        m_firstProblem = QStringLiteral("idNumber");
        m_blocking.insert(QStringLiteral("idNumber"), true);
        break;
    case core::RowStatus::OtherUnit:
        m_outcome = Outcome::OtherUnit;
        break;
    }
    Q_EMIT checked();
    return write && row.status == core::RowStatus::Add;
}

} // namespace dc::gui
