// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "tests/gui/TestKeys.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

namespace dc::test {

void TestKeys::type(QObject* item, const QString& text) {
    auto* quickItem = qobject_cast<QQuickItem*>(item);
    QQuickWindow* window = quickItem ? quickItem->window() : nullptr;
    if (!window) {
        qWarning("TestKeys: no window to type into");
        return;
    }
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, window, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, window, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace dc::test
