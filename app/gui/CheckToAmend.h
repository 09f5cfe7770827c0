// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/services/CheckLog.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <utility>

namespace dc::gui {

// What the supervisor decided about a check sent back to the pair, worded for the interface (ReviewItemsModel).
struct ReturnedCheck {
    core::LoggedCheck check;
    QString supervisor; // who decided
    QString reason;     // the reason of the return, or the decision and note of a resolved escalation
    bool resolved = false;
};

// A logged check to re-check as an amendment when the logging page opens: one the supervisor returned (or an
// escalation they resolved), chosen on the book picker, with the supervisor's words, which the logging screen shows
// while the pair re-checks it. Handed to the page as its required property `amendment` (null when there is none) by
// the shell from the Navigator. Its amendment supersedes it (LogService::amendCheck).
class CheckToAmend : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Navigator opens a returned check")
    Q_PROPERTY(int entryNumber READ entryNumber CONSTANT)
    Q_PROPERTY(QString supervisor READ supervisor CONSTANT)
    Q_PROPERTY(QString reason READ reason CONSTANT)
    Q_PROPERTY(bool resolved READ resolved CONSTANT) // an escalation resolved, rather than a return

public:
    CheckToAmend(ReturnedCheck returned, QObject* parent) : QObject(parent), m_returned(std::move(returned)) {}

    [[nodiscard]] const core::LoggedCheck& check() const { return m_returned.check; }
    [[nodiscard]] int entryNumber() const { return m_returned.check.entryNumber; }
    [[nodiscard]] QString supervisor() const { return m_returned.supervisor; }
    [[nodiscard]] QString reason() const { return m_returned.reason; }
    [[nodiscard]] bool resolved() const { return m_returned.resolved; }

private:
    ReturnedCheck m_returned;
};

} // namespace dc::gui
