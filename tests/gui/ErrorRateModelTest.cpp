// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/ErrorRateModel.h"
#include "core/domain/Wilson.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

// The error map page's rows (app/gui/ErrorRateModel): what the table and the chart show of core's rows. The sources are
// English here (no translator is installed), the numbers Vietnamese or English as asked.

namespace {

using dc::core::ErrorMapRow;
using dc::gui::ErrorRateModel;

ErrorMapRow row(const QString& field, int corrected, int checked) {
    ErrorMapRow r;
    r.field = field;
    r.rate.checked = checked;
    r.rate.corrected = corrected;
    r.rate.estimate = dc::core::domain::wilsonInterval(corrected, checked);
    return r;
}

QVariant value(const ErrorRateModel& model, int index, ErrorRateModel::Role role) {
    return model.data(model.index(index), role);
}

struct PercentCase {
    int corrected;
    int checked;
    const char* rateVi;
    const char* intervalVi;
    const char* rateEn;
    const char* intervalEn;
};

class ErrorRatePercent : public ::testing::TestWithParam<PercentCase> {};

// Hand-computed Wilson 95 % intervals (z = 1.959964), rounded to one decimal of a percent.
TEST_P(ErrorRatePercent, RateAndIntervalInWordsInBothLanguages) {
    const PercentCase& c = GetParam();
    ErrorRateModel model;
    model.setRows({row(QStringLiteral("subject.sex"), c.corrected, c.checked)}, true);
    EXPECT_EQ(value(model, 0, ErrorRateModel::RateRole).toString(), QString::fromUtf8(c.rateVi));
    EXPECT_EQ(value(model, 0, ErrorRateModel::IntervalRole).toString(), QString::fromUtf8(c.intervalVi));
    model.setLanguage(false);
    EXPECT_EQ(value(model, 0, ErrorRateModel::RateRole).toString(), QString::fromUtf8(c.rateEn));
    EXPECT_EQ(value(model, 0, ErrorRateModel::IntervalRole).toString(), QString::fromUtf8(c.intervalEn));
}

INSTANTIATE_TEST_SUITE_P(HandComputed, ErrorRatePercent,
                         ::testing::Values(PercentCase{3, 24, "12,5 %", "4,3–31,0 %", "12.5 %", "4.3–31.0 %"},
                                           PercentCase{7, 40, "17,5 %", "8,7–31,9 %", "17.5 %",
                                                       "8.7–31.9 %"}, // 31.94999 %: not 32,0
                                           PercentCase{10, 64, "15,6 %", "8,7–26,4 %", "15.6 %", "8.7–26.4 %"},
                                           PercentCase{0, 64, "0,0 %", "0,0–5,7 %", "0.0 %", "0.0–5.7 %"},
                                           PercentCase{1, 8, "12,5 %", "2,2–47,1 %", "12.5 %", "2.2–47.1 %"},
                                           PercentCase{5, 5, "100,0 %", "56,6–100,0 %", "100.0 %", "56.6–100.0 %"}));

TEST(ErrorRateModel, FieldsAreNamedByTheirSchemasLabel) {
    ErrorRateModel model;
    ErrorMapRow death = row(QStringLiteral("subject.full_name"), 1, 10);
    death.recordType = QStringLiteral("death");
    ErrorMapRow husband = row(QStringLiteral("husband.full_name"), 1, 10); // only the marriage schema has it
    ErrorMapRow unknown = row(QStringLiteral("no.such_field"), 1, 10);
    model.setRows({row(QStringLiteral("subject.sex"), 1, 10), death, husband, unknown}, true);
    EXPECT_EQ(value(model, 0, ErrorRateModel::FieldRole).toString(), QStringLiteral("Giới tính"));
    EXPECT_EQ(value(model, 0, ErrorRateModel::FieldKeyRole).toString(), QStringLiteral("subject.sex"));
    EXPECT_FALSE(value(model, 1, ErrorRateModel::FieldRole).toString().isEmpty());
    EXPECT_NE(value(model, 2, ErrorRateModel::FieldRole).toString(), QStringLiteral("husband.full_name"));
    EXPECT_EQ(value(model, 3, ErrorRateModel::FieldRole).toString(), QStringLiteral("no.such_field"))
        << "a key no schema has is shown as it is";
    model.setLanguage(false);
    EXPECT_EQ(value(model, 0, ErrorRateModel::FieldRole).toString(), QStringLiteral("Sex"));
    EXPECT_EQ(value(model, 1, ErrorRateModel::FieldRole).toString(), QStringLiteral("Deceased's full name"))
        << "the row's record type's schema names the field";
    EXPECT_EQ(value(model, 2, ErrorRateModel::FieldRole).toString(), QStringLiteral("Husband's full name"))
        << "without a record type, the first schema that has the key";
}

TEST(ErrorRateModel, TheGroupSaysEachDimensionOfTheRow) {
    ErrorMapRow r = row(QStringLiteral("subject.birth_date"), 4, 40);
    EXPECT_EQ(ErrorRateModel::groupText(r), QString()) << "a field alone has no group";
    r.correctionClass = QStringLiteral("diacritic");
    r.recordType = QStringLiteral("marriage");
    r.decade = 1970;
    r.district = QStringLiteral("Dầu Tiếng");
    r.commune = QStringLiteral("Thanh An");
    EXPECT_EQ(ErrorRateModel::groupText(r), QStringLiteral("Diacritics · Marriage · 1970–1979 · Dầu Tiếng/Thanh An"));
    r.commune.clear();
    r.correctionClass = QStringLiteral("not_a_class");
    EXPECT_EQ(ErrorRateModel::groupText(r), QStringLiteral("not_a_class · Marriage · 1970–1979 · Dầu Tiếng"));
}

TEST(ErrorRateModel, TheChartsNumbersAndScale) {
    ErrorRateModel model;
    EXPECT_EQ(model.count(), 0);
    EXPECT_EQ(model.scaleMax(), 0.0);
    QSignalSpy counted(&model, &ErrorRateModel::countChanged);
    model.setRows({row(QStringLiteral("subject.sex"), 3, 24), row(QStringLiteral("subject.full_name"), 0, 64)}, true);
    EXPECT_EQ(counted.count(), 1);
    EXPECT_EQ(model.count(), 2);
    EXPECT_DOUBLE_EQ(value(model, 0, ErrorRateModel::RateValueRole).toDouble(), 0.125);
    EXPECT_NEAR(value(model, 0, ErrorRateModel::LowValueRole).toDouble(), 0.04344, 1e-5);
    EXPECT_NEAR(value(model, 0, ErrorRateModel::HighValueRole).toDouble(), 0.31004, 1e-5);
    EXPECT_NEAR(model.scaleMax(), 0.31004, 1e-5) << "the largest upper bound: every whisker fits";
    EXPECT_EQ(value(model, 1, ErrorRateModel::CheckedRole).toInt(), 64);
    EXPECT_EQ(value(model, 1, ErrorRateModel::CorrectedRole).toInt(), 0);

    const QVariantMap first = model.get(0);
    EXPECT_EQ(first.value(QStringLiteral("fieldKey")).toString(), QStringLiteral("subject.sex"));
    EXPECT_EQ(first.value(QStringLiteral("checked")).toInt(), 24);
    EXPECT_EQ(first.value(QStringLiteral("rate")).toString(), QStringLiteral("12,5 %"));
    EXPECT_TRUE(model.get(2).isEmpty());
    EXPECT_TRUE(model.get(-1).isEmpty());
    EXPECT_FALSE(model.data(model.index(5), ErrorRateModel::RateRole).isValid());

    // Another language changes the words of the same rows, not the rows.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(true);
    EXPECT_EQ(changed.count(), 0) << "already Vietnamese";
    model.setLanguage(false);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(counted.count(), 1);
    model.clear();
    EXPECT_EQ(model.count(), 0);
    EXPECT_EQ(model.scaleMax(), 0.0);
}

} // namespace
