// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/FindingText.h"

#include "core/domain/Messages.h"

#include <algorithm>

namespace dc::gui {

namespace {
using core::domain::Finding;
using core::domain::Severity;
} // namespace

// The findings name the schema's own fields (an entry's name is keys.name: a marriage's husband), so the schema gives
// each its label.
QString findingText(const Finding& finding, const core::domain::EntrySchema& schema, bool vietnamese) {
    return core::domain::findingMessage(
        finding, vietnamese ? core::domain::Language::Vietnamese : core::domain::Language::English, &schema);
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

bool sameFinding(const core::domain::Finding& a, const core::domain::Finding& b) {
    return a.field == b.field && a.severity == b.severity && a.code == b.code && a.params == b.params;
}

} // namespace dc::gui
