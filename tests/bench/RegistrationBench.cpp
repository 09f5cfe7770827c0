// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Target (issue 14): importing a 2,000-row XLSX in under 2 s — the whole import as `volunteers import FILE --unit U
// --yes` runs it: the unit's list read (core/sheets), every row parsed and checked with its findings, eligibility,
// and the 2,000 persons and registrations written in one transaction of a real hub database. Each run imports into a
// fresh hub (set up outside the timing), since a second import of the same list changes nothing.
#include "core/services/RegistrationService.h"
#include "core/sheets/Table.h"
#include "tests/support/TestSite.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <random>
#include <stdexcept>
#include <xlsxwriter.h>

namespace {

constexpr int kRows = 2000;

// A district unit's list as units send it: the form's columns, ID numbers and phones typed as text (a leading zero).
QByteArray unitList() {
    static const QByteArray bytes = [] {
        const QStringList families = {u"Nguyễn"_qs, u"Trần"_qs, u"Lê"_qs,  u"Phạm"_qs, u"Huỳnh"_qs,
                                      u"Võ"_qs,     u"Đặng"_qs, u"Bùi"_qs, u"Đỗ"_qs,   u"Hồ"_qs};
        const QStringList middles = {u"Thị"_qs, u"Văn"_qs, u"Ngọc"_qs, u"Minh"_qs, u"Quốc"_qs, u"Thanh"_qs};
        const QStringList givens = {u"Ánh Tuyết"_qs, u"Đức"_qs,    u"Hoà"_qs,  u"Khánh"_qs, u"Thuỷ"_qs,
                                    u"Hương"_qs,     u"Nguyệt"_qs, u"Dũng"_qs, u"Phước"_qs, u"Yến"_qs};
        const QStringList communes = {u"Thanh An"_qs, u"Định An"_qs, u"Minh Hòa"_qs, u"Thanh Tuyền"_qs, u"Long Hòa"_qs};
        const QStringList header = {u"STT"_qs,
                                    u"Họ và tên"_qs,
                                    u"Năm sinh"_qs,
                                    u"Giới tính"_qs,
                                    u"Số CMND/CCCD"_qs,
                                    u"Ngày cấp"_qs,
                                    u"Nơi cấp"_qs,
                                    u"Điện thoại"_qs,
                                    u"Nơi ở hiện nay"_qs,
                                    u"Xã đăng ký"_qs,
                                    u"Huyện đăng ký"_qs,
                                    u"Đồng ý thời gian"_qs,
                                    u"Chấp nhận phân công"_qs,
                                    u"Sử dụng máy tính"_qs,
                                    u"Sở trường"_qs};
        std::mt19937 random(14);
        auto pick = [&](const QStringList& list) { return list[int(random() % unsigned(list.size()))]; };
        QTemporaryDir dir;
        const QByteArray path = dir.filePath(QStringLiteral("list.xlsx")).toUtf8();
        lxw_workbook* workbook = workbook_new(path.constData());
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
        for (int c = 0; c < header.size(); ++c) {
            worksheet_write_string(sheet, 0, lxw_col_t(c), header[c].toUtf8().constData(), nullptr);
        }
        for (int i = 1; i <= kRows; ++i) {
            const int year = 1990 + int(random() % 16);
            const bool female = random() % 2;
            const QString commune = pick(communes);
            // CCCD: 074 (Bình Dương), sex and century, two digits of the birth year, six of the person.
            const QString id = QStringLiteral("074%1%2%3")
                                   .arg(female ? 1 : 0)
                                   .arg(year % 100, 2, 10, QLatin1Char('0'))
                                   .arg(i, 6, 10, QLatin1Char('0'));
            const QStringList row = {QString::number(i),
                                     pick(families) + u' ' + pick(middles) + u' ' + pick(givens),
                                     QString::number(year),
                                     female ? u"Nữ"_qs : u"Nam"_qs,
                                     id,
                                     u"12/05/2021"_qs,
                                     u"Cục Cảnh sát QLHC về TTXH"_qs,
                                     u"09"_qs + QString::number(10000000 + random() % 89999999),
                                     u"Ấp "_qs + QString::number(1 + random() % 9) + u", "_qs + commune +
                                         u", Dầu Tiếng"_qs,
                                     commune,
                                     u"Dầu Tiếng"_qs,
                                     u"Có"_qs,
                                     u"Có"_qs,
                                     random() % 4 ? u"Có"_qs : u"Không"_qs,
                                     random() % 3 ? QString() : u"Tin học văn phòng, nhiệt tình"_qs};
            for (int c = 0; c < row.size(); ++c) {
                if (!row[c].isEmpty()) {
                    worksheet_write_string(sheet, lxw_row_t(i), lxw_col_t(c), row[c].toUtf8().constData(), nullptr);
                }
            }
        }
        if (workbook_close(workbook) != LXW_NO_ERROR) {
            throw std::runtime_error("libxlsxwriter failed");
        }
        QFile file(QString::fromUtf8(path));
        if (!file.open(QIODevice::ReadOnly)) {
            throw std::runtime_error("cannot read the workbook");
        }
        return file.readAll();
    }();
    return bytes;
}

void BM_RegistrationImportXlsx2000(benchmark::State& state) {
    const QByteArray bytes = unitList();
    for (auto _ : state) {
        state.PauseTiming();
        dc::test::TestSite hub(dc::core::SiteKind::Hub);
        auto session = hub.signInSupervisor();
        state.ResumeTiming();
        auto table = dc::core::sheets::readTable(bytes);
        if (!table) {
            state.SkipWithError("the list did not read");
            return;
        }
        auto imported = dc::core::RegistrationService::importList(*session, table.value(), u"Dầu Tiếng"_qs);
        if (!imported || imported->added != kRows) {
            state.SkipWithError("the list was not imported whole");
            return;
        }
        state.PauseTiming();
        session.reset();
        state.ResumeTiming();
    }
    state.counters["rows"] = kRows;
    state.counters["bytes"] = double(bytes.size());
}
BENCHMARK(BM_RegistrationImportXlsx2000)->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
