// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/domain/EntrySchema.h"
#include "core/domain/Finding.h"

#include <QString>
#include <QStringList>

namespace dc::core::domain {

enum class Language { Vietnamese, English };

// The sentence for a finding, from the bilingual catalog core/domain/resources/messages.json (domain data,
// like the schemas' labels: the GUI shows it in its language, `doichieu-admin validate` prints both).
// {field} becomes the field's label from `schema`; without one, a field named after a value kind ("id_number")
// gets the kind's label; otherwise the key itself. Other {name}s become the finding's params.
[[nodiscard]] QString findingMessage(const Finding& finding, Language language, const EntrySchema* schema = nullptr);
// Every code the catalog has a message for (tests check that each code the domain can produce is there).
[[nodiscard]] QStringList messageCodes();

} // namespace dc::core::domain
