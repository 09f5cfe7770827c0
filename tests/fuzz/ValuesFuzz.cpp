// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The domain's value parsers (core/domain), which every typed value, imported line and travelling row reaches: the
// input's first byte picks a value kind and a classifier kind, the rest is text (UTF-8, decoded as Qt decodes
// anything from outside: invalid sequences as U+FFFD). Each parser gets the whole text; the correction classifier and
// the edit distance get it split at its first tab (before ‖ after), as a correction's two sides. Invariants: a date
// that parses reads back from its own text; an accepted value's normal form is accepted again as itself; a valid ID
// number has 9 or 12 ASCII digits. The recovery code as typed (keyring/RecoveryCode) gets the same bytes.
#include "FuzzSupport.h"

#include "core/domain/CorrectionClass.h"
#include "core/domain/Ethnicity.h"
#include "core/domain/IdNumber.h"
#include "core/domain/Masking.h"
#include "core/domain/PartialDate.h"
#include "core/domain/Provinces.h"
#include "core/domain/Values.h"
#include "core/domain/VietnameseText.h"
#include "core/keyring/RecoveryCode.h"

#include <string_view>

using namespace dc;
using namespace dc::core::domain;

namespace {

constexpr int kValueKinds = static_cast<int>(ValueKind::Email) + 1;
constexpr int kClassifierKinds = static_cast<int>(ClassifierKind::Ethnicity) + 1;

void checkDate(const QString& text) {
    const DateParse parsed = parsePartialDate(text);
    if (parsed.date.has_value() == parsed.problem.has_value()) {
        fuzz::invariantBroken("parsePartialDate gave both a date and a problem, or neither");
    }
    if (!parsed.date) {
        return;
    }
    const PartialDate& date = *parsed.date;
    if (!date.earliest().isValid() || !date.latest().isValid() || date.latest() < date.earliest()) {
        fuzz::invariantBroken("a date parsed whose range is not a range of days");
    }
    const DateParse again = parsePartialDate(date.toString());
    if (!again.date || !(*again.date == date)) {
        fuzz::invariantBroken("a date parsed that does not read back from its own text");
    }
}

void checkKind(ValueKind kind, const QString& text) {
    const CheckedValue checked = checkValue(kind, text, QStringLiteral("field"));
    (void)typedForm(kind, text);
    (void)maskValue(kind, text);
    if (checked.normalized.isEmpty() || hasErrors(checked.findings)) {
        return;
    }
    if (checked.normalized.size() > maxLength(kind)) {
        fuzz::invariantBroken("a value accepted longer than its kind's maximum");
    }
    const CheckedValue again = checkValue(kind, checked.normalized, QStringLiteral("field"));
    if (hasErrors(again.findings) || again.normalized != checked.normalized) {
        fuzz::invariantBroken("a value's normal form is not accepted again as itself");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    const auto kind = static_cast<ValueKind>(data[0] % kValueKinds);
    const auto classifier = static_cast<ClassifierKind>((data[0] / kValueKinds) % kClassifierKinds);
    const QByteArray bytes = fuzz::bytesOf(data + 1, size - 1);
    const QString text = QString::fromUtf8(bytes);

    checkKind(kind, text);
    checkDate(text);
    const IdCheck id = checkIdNumber(text, parseSex(text), 1990, QStringLiteral("field"));
    if (id.number && (id.number->digits.size() != 9 && id.number->digits.size() != 12)) {
        fuzz::invariantBroken("an ID number accepted with another length than 9 or 12 digits");
    }
    (void)findEthnicity(text);
    (void)provinceName(text);
    (void)maskName(text);
    (void)maskIdNumber(text);
    (void)normalizedText(text);
    (void)foldForSearch(text);
    (void)caseAndSpaceKey(text);
    (void)tonePlacementKey(text);
    (void)titleCase(text);
    (void)hasControlCharacters(text);

    const qsizetype tab = text.indexOf(QLatin1Char('\t'));
    const QString before = tab < 0 ? text : text.left(tab);
    const QString after = tab < 0 ? QString() : text.mid(tab + 1);
    (void)classifyCorrection(classifier, before, after);
    const int distance = editDistance(before.left(200), after.left(200), 3);
    if (distance < 0) {
        fuzz::invariantBroken("a negative edit distance");
    }

    (void)core::keyring::RecoveryCode::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    return 0;
}
