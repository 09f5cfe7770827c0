// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/services/CheckLog.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <utility>

namespace dc::gui {

// A logged check to re-check as an amendment when the logging page opens: one the supervisor returned (or an
// escalation they resolved), chosen on the book picker. Handed to the page as its required property `amendment`
// (null when there is none) by the shell from the Navigator. Its amendment supersedes it (LogService::amendCheck).
class CheckToAmend : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Navigator opens a returned check")
    Q_PROPERTY(int entryNumber READ entryNumber CONSTANT)

public:
    CheckToAmend(core::LoggedCheck check, QObject* parent) : QObject(parent), m_check(std::move(check)) {}

    [[nodiscard]] const core::LoggedCheck& check() const { return m_check; }
    [[nodiscard]] int entryNumber() const { return m_check.entryNumber; }

private:
    core::LoggedCheck m_check;
};

} // namespace dc::gui
