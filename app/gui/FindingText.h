// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/domain/EntryDraft.h"
#include "core/domain/EntrySchema.h"
#include "core/domain/Finding.h"

#include <QString>
#include <QStringList>

namespace dc::gui {

// What checking a value found, as the sentences of core's bilingual catalog (core/domain/Messages.h) in the
// interface language. Which findings there are, and how severe, is core's business; this only words them.
struct FieldNote {
    QString text;          // the first error's sentence, else the first warning's; empty when nothing was found
    bool blocking = false; // an error: saving will be refused
};

[[nodiscard]] QString findingText(const core::domain::Finding& finding, const core::domain::EntrySchema& schema,
                                  bool vietnamese);
[[nodiscard]] FieldNote firstNote(const core::domain::Findings& findings, const core::domain::EntrySchema& schema,
                                  bool vietnamese);
// Every finding's sentence, errors first, without repeats.
[[nodiscard]] QStringList findingTexts(const core::domain::Findings& findings, const core::domain::EntrySchema& schema,
                                       bool vietnamese);
// The same finding: field, severity, code and parameters.
[[nodiscard]] bool sameFinding(const core::domain::Finding& a, const core::domain::Finding& b);

} // namespace dc::gui
