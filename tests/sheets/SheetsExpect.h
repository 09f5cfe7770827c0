// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

// The two checks every reader's tests make: a file that reads, and a file refused for a reason that names rows and
// columns, never what a cell holds.

#include "core/sheets/Table.h"

#include <QByteArray>
#include <QString>

#include <gtest/gtest.h>

namespace dc::test::sheets {

inline dc::core::sheets::Table readOk(const QByteArray& bytes) {
    auto table = dc::core::sheets::readTable(bytes);
    EXPECT_TRUE(table.ok()) << (table.ok() ? "" : table.error().detail.toStdString());
    return table.ok() ? table.value() : dc::core::sheets::Table{};
}

inline void expectRefused(const QByteArray& bytes, const QString& detailPart) {
    auto table = dc::core::sheets::readTable(bytes);
    ASSERT_FALSE(table.ok()) << detailPart.toStdString();
    EXPECT_EQ(table.error().code, dc::core::ErrorCode::InvalidInput);
    EXPECT_TRUE(table.error().detail.contains(detailPart)) << table.error().detail.toStdString();
    for (const QString& name : {QStringLiteral("Nguyễn"), QStringLiteral("Tuyết"), QStringLiteral("Hoà")})
        EXPECT_FALSE(table.error().detail.contains(name));
}

} // namespace dc::test::sheets
