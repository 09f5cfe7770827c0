// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QMap>
#include <QString>

#include <vector>

namespace dc::core::domain {

// An error blocks saving (the value must be fixed, or the entry escalated); a warning is shown and kept with
// the entry.
enum class Severity { Error, Warning };
[[nodiscard]] QString severityKey(Severity severity); // "error", "warning"

// One thing validation found about a value or an entry. `code` is stable (docs/FIELDS.md lists them all);
// `params` fill the message's placeholders and may hold parts of the value (a year, a province code): like the
// values, findings are shown to the people checking, never written to logs.
struct Finding {
    QString field; // the field key, or "" for the entry as a whole
    Severity severity = Severity::Error;
    QString code;
    QMap<QString, QString> params;
};

using Findings = std::vector<Finding>;

[[nodiscard]] bool hasErrors(const Findings& findings);

} // namespace dc::core::domain
