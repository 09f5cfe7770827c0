// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Target (issue 14): importing a 2,000-row XLSX in under 2 s; the reading is core/sheets' part. A unit's list of
// 2,000 volunteers × 15 columns of Vietnamese text, dates and numbers, written once with libxlsxwriter (shared
// strings, as Excel writes them), then read again and again; the same list as UTF-8 CSV and as VNI CSV (every
// encoding decoded and scored before VNI wins).
#include "core/sheets/Encoding.h"
#include "core/sheets/Table.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <random>
#include <stdexcept>
#include <xlsxwriter.h>

namespace {

using namespace dc::core::sheets;

constexpr int kRows = 2000;

std::vector<QStringList> syntheticList() {
    const QStringList families = {u"Nguyễn"_qs, u"Trần"_qs, u"Lê"_qs,  u"Phạm"_qs, u"Huỳnh"_qs,
                                  u"Võ"_qs,     u"Đặng"_qs, u"Bùi"_qs, u"Đỗ"_qs,   u"Hồ"_qs};
    const QStringList middles = {u"Thị"_qs, u"Văn"_qs, u"Ngọc"_qs, u"Minh"_qs, u"Quốc"_qs, u"Thanh"_qs};
    const QStringList givens = {u"Ánh Tuyết"_qs, u"Đức"_qs,    u"Hoà"_qs,  u"Khánh"_qs, u"Thuỷ"_qs,
                                u"Hương"_qs,     u"Nguyệt"_qs, u"Dũng"_qs, u"Phước"_qs, u"Yến"_qs};
    const QStringList districts = {u"Dầu Tiếng"_qs, u"Bắc Tân Uyên"_qs, u"Thủ Dầu Một"_qs, u"Dĩ An"_qs,
                                   u"Thuận An"_qs,  u"Bến Cát"_qs,      u"Phú Giáo"_qs};
    const QStringList units = {u"Trường Đại học Thủ Dầu Một"_qs, u"Đoàn phường Phú Cường"_qs,
                               u"Trường Cao đẳng Y tế Bình Dương"_qs};
    std::mt19937 random(14);
    auto pick = [&](const QStringList& list) { return list[int(random() % unsigned(list.size()))]; };
    std::vector<QStringList> rows;
    rows.push_back({u"STT"_qs, u"Họ và tên"_qs, u"Giới tính"_qs, u"Năm sinh"_qs, u"Ngày sinh"_qs, u"Số CCCD"_qs,
                    u"Điện thoại"_qs, u"Đơn vị"_qs, u"Huyện đăng ký"_qs, u"Xã đăng ký"_qs, u"Nơi ở hiện nay"_qs,
                    u"Biết dùng máy tính"_qs, u"Đồng ý thời gian"_qs, u"Đồng ý phân công"_qs, u"Ghi chú"_qs});
    for (int i = 1; i <= kRows; ++i) {
        const QString district = pick(districts);
        rows.push_back(
            {QString::number(i), pick(families) + u' ' + pick(middles) + u' ' + pick(givens),
             random() % 2 ? u"Nữ"_qs : u"Nam"_qs, QString::number(1990 + random() % 16),
             QStringLiteral("%1/%2/%3")
                 .arg(1 + random() % 28, 2, 10, QLatin1Char('0'))
                 .arg(1 + random() % 12, 2, 10, QLatin1Char('0'))
                 .arg(1990 + random() % 16),
             QString::number(74000000000LL + random() % 999999999),
             u"09"_qs + QString::number(10000000 + random() % 89999999), pick(units), district, u"Phường Phú Cường"_qs,
             u"Khu phố "_qs + QString::number(1 + random() % 9) + u", "_qs + district, u"Có"_qs, u"Có"_qs,
             random() % 3 ? u"Có"_qs : u"Không"_qs, random() % 4 ? QString() : u"Sinh viên năm hai, ở ký túc xá"_qs});
    }
    return rows;
}

QByteArray xlsxBytes() {
    static const QByteArray bytes = [] {
        QTemporaryDir dir;
        const QByteArray path = dir.filePath(QStringLiteral("list.xlsx")).toUtf8();
        lxw_workbook* workbook = workbook_new(path.constData());
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
        lxw_format* date = workbook_add_format(workbook);
        format_set_num_format(date, "dd/mm/yyyy");
        const auto rows = syntheticList();
        for (size_t r = 0; r < rows.size(); ++r)
            for (int c = 0; c < rows[r].size(); ++c) {
                const QString& cell = rows[r][c];
                if (r > 0 && (c == 0 || c == 3 || c == 5)) {
                    worksheet_write_number(sheet, lxw_row_t(r), lxw_col_t(c), cell.toDouble(), nullptr);
                } else if (r > 0 && c == 4) {
                    const QStringList parts = cell.split(u'/');
                    lxw_datetime when = {parts[2].toInt(), parts[1].toInt(), parts[0].toInt(), 0, 0, 0};
                    worksheet_write_datetime(sheet, lxw_row_t(r), lxw_col_t(c), &when, date);
                } else if (!cell.isEmpty()) {
                    worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), cell.toUtf8().constData(), nullptr);
                }
            }
        if (workbook_close(workbook) != LXW_NO_ERROR)
            throw std::runtime_error("libxlsxwriter failed");
        QFile file(QString::fromUtf8(path));
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("cannot read the workbook");
        return file.readAll();
    }();
    return bytes;
}

QString csvText() {
    QString text;
    for (const QStringList& row : syntheticList()) {
        QStringList cells;
        for (const QString& cell : row)
            cells.append(cell.contains(u',') ? u'"' + cell + u'"' : cell);
        text += cells.join(u',') + u"\r\n"_qs;
    }
    return text;
}

void readAndCheck(benchmark::State& state, const QByteArray& bytes) {
    for (auto _ : state) {
        auto table = readTable(bytes);
        if (!table.ok() || table->rows.size() != size_t(kRows + 1)) {
            state.SkipWithError("the list did not read back");
            return;
        }
        benchmark::DoNotOptimize(table);
    }
    state.counters["bytes"] = double(bytes.size());
}

void BM_SheetsReadXlsx2000(benchmark::State& state) {
    readAndCheck(state, xlsxBytes());
}
BENCHMARK(BM_SheetsReadXlsx2000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_SheetsReadCsvUtf8_2000(benchmark::State& state) {
    readAndCheck(state, csvText().toUtf8());
}
BENCHMARK(BM_SheetsReadCsvUtf8_2000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_SheetsReadCsvVni2000(benchmark::State& state) {
    readAndCheck(state, encodeVni(csvText()));
}
BENCHMARK(BM_SheetsReadCsvVni2000)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
