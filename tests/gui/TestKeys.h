// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QObject>
#include <QString>

namespace dc::test {

// Typing for the Qt Quick tests. TestCase.keyClick() takes Latin-1 characters only, and Vietnamese is typed
// with "ầ", "ữ", "đ": this sends each character as the key press and release a keyboard (or an input method) would,
// carrying the character as its text, to the window of `item` — so it reaches whatever has the focus there.
// Registered as the QML singleton DoiChieu.Test/TestKeys.
class TestKeys : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    Q_INVOKABLE void type(QObject* item, const QString& text);
};

} // namespace dc::test
