// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

// Vietnamese text for the sheets tests, and its bytes in each legacy encoding (glibc's iconv, the VNI table).

#include "core/sheets/Encoding.h"
#include "core/sheets/Table.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cerrno>
#include <iconv.h>
#include <stdexcept>
#include <vector>

namespace dc::test::sheets {

// A unit's list as it is meant: the rows a reader must give back.
inline std::vector<QStringList> namesRows() {
    return {
        {QStringLiteral("Họ và tên"), QStringLiteral("Ngày sinh"), QStringLiteral("Huyện"), QStringLiteral("Ghi chú")},
        {QStringLiteral("Nguyễn Thị Ánh Tuyết"), QStringLiteral("12/03/2001"), QStringLiteral("Dầu Tiếng"),
         QStringLiteral("Sinh viên năm hai")},
        {QStringLiteral("Trần Văn Đức"), QStringLiteral("01/11/1999"), QStringLiteral("Bắc Tân Uyên"),
         QStringLiteral("Đoàn viên")},
        {QStringLiteral("Lê Thị Hoà"), QStringLiteral("30/06/2004"), QStringLiteral("Dầu Tiếng"),
         QStringLiteral("Biết dùng máy tính")},
        {QStringLiteral("Phạm Quốc Khánh"), QStringLiteral("05/09/2000"), QStringLiteral("Thủ Dầu Một"),
         QStringLiteral("Ở ký túc xá, học ngành điều dưỡng")},
    };
}

// The rows as CSV text, a cell holding the separator quoted, lines ended by `eol`.
inline QString namesCsv(QChar separator = QLatin1Char(','), const QString& eol = QStringLiteral("\r\n")) {
    QString text;
    for (const QStringList& row : namesRows()) {
        QStringList cells;
        for (const QString& cell : row)
            cells.append(cell.contains(separator) ? QLatin1Char('"') + cell + QLatin1Char('"') : cell);
        text += cells.join(separator) + eol;
    }
    return text;
}

// Unicode text to bytes in an encoding glibc's iconv writes ("CP1258", "VISCII", "TCVN5712-1").
inline QByteArray iconvEncode(const QString& text, const char* to) {
    const QByteArray utf8 = text.toUtf8();
    iconv_t cd = iconv_open(to, "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1))
        throw std::runtime_error("iconv_open");
    QByteArray out(utf8.size() * 4 + 16, '\0');
    char* in = const_cast<char*>(utf8.constData());
    size_t inLeft = size_t(utf8.size());
    char* o = out.data();
    size_t outLeft = size_t(out.size());
    if (iconv(cd, &in, &inLeft, &o, &outLeft) == size_t(-1) ||
        iconv(cd, nullptr, nullptr, &o, &outLeft) == size_t(-1)) {
        iconv_close(cd);
        throw std::runtime_error("iconv cannot encode the text");
    }
    iconv_close(cd);
    out.resize(o - out.data());
    return out;
}

// The text in a legacy encoding by its Table name.
inline QByteArray encodeAs(const QString& text, const QString& encoding) {
    if (encoding == u"windows-1258")
        return iconvEncode(text, "CP1258");
    if (encoding == u"viscii")
        return iconvEncode(text, "VISCII");
    if (encoding == u"tcvn3")
        return iconvEncode(text, "TCVN5712-1");
    if (encoding == u"vni")
        return core::sheets::encodeVni(text);
    if (encoding == u"utf-8")
        return text.toUtf8();
    throw std::runtime_error("unknown encoding");
}

} // namespace dc::test::sheets
