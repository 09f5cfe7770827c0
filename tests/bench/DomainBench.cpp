// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Target (issue "Civil-status domain"): validating a full birth entry and classifying a correction each take
// under 50 µs.
#include "core/domain/CorrectionClass.h"
#include "core/domain/EntrySchema.h"
#include "core/domain/EntryValidator.h"

#include <benchmark/benchmark.h>

namespace {

using namespace dc::core::domain;

// Every field of the birth schema filled, as a pair types it.
EntryValues fullBirthEntry() {
    return {{QStringLiteral("registration.commune"), QStringLiteral("Phường Phú Cường")},
            {QStringLiteral("registration.book_number"), QStringLiteral("01")},
            {QStringLiteral("registration.year"), QStringLiteral("1998")},
            {QStringLiteral("registration.entry_number"), QStringLiteral("125")},
            {QStringLiteral("registration.date"), QStringLiteral("14/04/1998")},
            {QStringLiteral("subject.full_name"), QStringLiteral("NGUYỄN THỊ THUỲ HƯƠNG")},
            {QStringLiteral("subject.birth_date"), QStringLiteral("ngày 2 tháng 4 năm 1998")},
            {QStringLiteral("subject.sex"), QStringLiteral("Nữ")},
            {QStringLiteral("subject.ethnicity"), QStringLiteral("Kinh")},
            {QStringLiteral("subject.nationality"), QStringLiteral("Việt Nam")},
            {QStringLiteral("subject.birth_place"), QStringLiteral("Trạm y tế phường Phú Cường, Thủ Dầu Một")},
            {QStringLiteral("subject.home_town"), QStringLiteral("Xã An Sơn, Thuận An, Bình Dương")},
            {QStringLiteral("subject.id_number"), QStringLiteral("074 198 001 234")},
            {QStringLiteral("father.full_name"), QStringLiteral("Nguyễn Văn Hùng")},
            {QStringLiteral("father.birth_date"), QStringLiteral("1970")},
            {QStringLiteral("father.ethnicity"), QStringLiteral("Kinh")},
            {QStringLiteral("father.nationality"), QStringLiteral("Việt Nam")},
            {QStringLiteral("father.residence"), QStringLiteral("Khu phố 3, phường Phú Cường")},
            {QStringLiteral("mother.full_name"), QStringLiteral("Trần Thị Mai")},
            {QStringLiteral("mother.birth_date"), QStringLiteral("00/00/1972")},
            {QStringLiteral("mother.ethnicity"), QStringLiteral("Hoa")},
            {QStringLiteral("mother.nationality"), QStringLiteral("Việt Nam")},
            {QStringLiteral("mother.residence"), QStringLiteral("Khu phố 3, phường Phú Cường")},
            {QStringLiteral("declarant.full_name"), QStringLiteral("Nguyễn Văn Hùng")},
            {QStringLiteral("declarant.relationship"), QStringLiteral("Cha")},
            {QStringLiteral("declarant.id_number"), QStringLiteral("280123456")},
            {QStringLiteral("notes"), QStringLiteral("Đăng ký đúng hạn")}};
}

void BM_ValidateFullBirthEntry(benchmark::State& state) {
    const EntrySchema& schema = entrySchema(RecordType::Birth);
    const EntryValues values = fullBirthEntry();
    const ValidationContext context{QDate(2017, 6, 1), QDate(2022, 12, 5)};
    for (auto _ : state) {
        EntryCheck check = validateEntry(schema, values, context);
        benchmark::DoNotOptimize(check);
    }
}
BENCHMARK(BM_ValidateFullBirthEntry)->Unit(benchmark::kMicrosecond);

void BM_ClassifyNameCorrection(benchmark::State& state) {
    // Falls through every test to "spelling": the longest path for a name.
    const QString before = QStringLiteral("Nguyễn Thị Thuỳ Hương");
    const QString after = QStringLiteral("Nguyễn Thị Thùy Hưng");
    for (auto _ : state) {
        benchmark::DoNotOptimize(classifyCorrection(ClassifierKind::Name, before, after));
    }
}
BENCHMARK(BM_ClassifyNameCorrection)->Unit(benchmark::kMicrosecond);

void BM_ClassifyDateCorrection(benchmark::State& state) {
    const QString before = QStringLiteral("03/05/1980");
    const QString after = QStringLiteral("ngày 5 tháng 3 năm 1980");
    for (auto _ : state) {
        benchmark::DoNotOptimize(classifyCorrection(ClassifierKind::Date, before, after));
    }
}
BENCHMARK(BM_ClassifyDateCorrection)->Unit(benchmark::kMicrosecond);

} // namespace
