// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace dc::app::cli {

// Exit codes, the same for every command (DESIGN.md "Command line").
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1; // refused or failed: wrong password, invalid input, damage found
inline constexpr int kExitUsage = 2;

// `doichieu-admin COMMAND [SUBCOMMAND] [POSITIONAL...] --option VALUE --flag`. Options may come anywhere
// after the command; `--name=value` is accepted too. Unknown options are usage errors.
struct ParsedArguments {
    QStringList positional; // command, subcommand and operands, in order
    QHash<QString, QString> values;
    QSet<QString> flags;

    [[nodiscard]] bool has(const QString& flag) const { return flags.contains(flag); }
    [[nodiscard]] std::optional<QString> value(const QString& option) const;
};

struct OptionSpec {
    QSet<QString> valued; // options that take a value, e.g. "db", "user"
    QSet<QString> flags;  // options without a value, e.g. "json", "password-stdin"
};

// Whether the arguments ask for help: `--help` or `-h` anywhere before a `--`, and not as the value of an option
// (`--site -h` names a site "-h", as parseArguments reads it). Asked before parsing, so that help wins over any other
// mistake on the line.
[[nodiscard]] bool asksForHelp(const QStringList& arguments, const OptionSpec& spec);

// Parses arguments after the program name. On a usage error returns nullopt and sets `error`.
[[nodiscard]] std::optional<ParsedArguments> parseArguments(const QStringList& arguments, const OptionSpec& spec,
                                                            QString& error);

} // namespace dc::app::cli
