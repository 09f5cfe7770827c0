// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/cli/CommandLine.h"

namespace dc::app::cli {

std::optional<QString> ParsedArguments::value(const QString& option) const {
    const auto it = values.constFind(option);
    if (it == values.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

bool asksForHelp(const QStringList& arguments, const OptionSpec& spec) {
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            return false; // operands only from here on
        }
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            return true;
        }
        // `--db PATH`: PATH is a value, whatever it looks like.
        if (argument.startsWith(QLatin1String("--")) && !argument.contains(u'=') &&
            spec.valued.contains(argument.mid(2))) {
            ++i;
        }
    }
    return false;
}

std::optional<ParsedArguments> parseArguments(const QStringList& arguments, const OptionSpec& spec, QString& error) {
    ParsedArguments parsed;
    bool onlyOperands = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (onlyOperands || !argument.startsWith(QLatin1String("--"))) {
            parsed.positional.append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) {
            onlyOperands = true;
            continue;
        }
        QString name = argument.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
        }
        if (spec.flags.contains(name)) {
            if (inlineValue) {
                error = QStringLiteral("option --%1 takes no value").arg(name);
                return std::nullopt;
            }
            parsed.flags.insert(name);
        } else if (spec.valued.contains(name)) {
            if (parsed.values.contains(name)) {
                error = QStringLiteral("option --%1 given twice").arg(name);
                return std::nullopt;
            }
            if (!inlineValue) {
                if (i + 1 >= arguments.size()) {
                    error = QStringLiteral("option --%1 needs a value").arg(name);
                    return std::nullopt;
                }
                inlineValue = arguments.at(++i);
            }
            parsed.values.insert(name, *inlineValue);
        } else if (name == QLatin1String("password")) {
            error = QStringLiteral("passwords are never taken from arguments; use the prompt or --password-stdin");
            return std::nullopt;
        } else {
            error = QStringLiteral("unknown option --%1").arg(name);
            return std::nullopt;
        }
    }
    return parsed;
}

} // namespace dc::app::cli
