// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/FindingText.h"

#include "core/domain/Messages.h"

namespace dc::gui {

namespace {

using core::domain::Finding;
using core::domain::Severity;

// The service checks the entry's subject name as "subject.full_name" whatever the record type; a marriage schema
// has no such field, so its label would be the bare key. The value kind's label ("Họ tên") reads right instead.
Finding withReadableField(Finding finding, const core::domain::EntrySchema& schema) {
    if (!finding.field.isEmpty() && !schema.field(finding.field)) {
        if (finding.field.endsWith(QLatin1String("full_name"))) {
            finding.field = QStringLiteral("name");
        } else if (finding.field.endsWith(QLatin1String("date"))) {
            finding.field = QStringLiteral("date");
        }
    }
    return finding;
}

} // namespace

QString findingText(const Finding& finding, const core::domain::EntrySchema& schema, bool vietnamese) {
    return core::domain::findingMessage(
        withReadableField(finding, schema),
        vietnamese ? core::domain::Language::Vietnamese : core::domain::Language::English, &schema);
}

FieldNote firstNote(const core::domain::Findings& findings, const core::domain::EntrySchema& schema, bool vietnamese) {
    for (const Severity severity : {Severity::Error, Severity::Warning}) {
        for (const Finding& finding : findings) {
            if (finding.severity == severity) {
                return FieldNote{findingText(finding, schema, vietnamese), severity == Severity::Error};
            }
        }
    }
    return {};
}

QStringList findingTexts(const core::domain::Findings& findings, const core::domain::EntrySchema& schema,
                         bool vietnamese) {
    QStringList texts;
    for (const Severity severity : {Severity::Error, Severity::Warning}) {
        for (const Finding& finding : findings) {
            if (finding.severity == severity) {
                const QString text = findingText(finding, schema, vietnamese);
                if (!texts.contains(text)) {
                    texts.append(text);
                }
            }
        }
    }
    return texts;
}

} // namespace dc::gui
