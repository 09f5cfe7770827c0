// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "tests/support/ErrorMapFixture.h"

#include "core/services/BookService.h"
#include "core/services/BundleService.h"
#include "core/services/EnrollmentService.h"
#include "core/services/ImportService.h"
#include "core/services/LogService.h"
#include "core/services/UserService.h"

#include <QDir>

namespace dc::test {

namespace {

// The corrections of entry `n` of a book of `year` (empty: a match).
std::vector<core::CorrectionInput> correctionsOf(int n, int year, bool varied) {
    std::vector<core::CorrectionInput> out;
    if (n > 12 && n % 4 == 0) {
        out.push_back({QStringLiteral("subject.sex"), QStringLiteral("nam"), QStringLiteral("nữ")});
    }
    if (!varied) {
        return out;
    }
    if (n % 7 == 0) {
        out.push_back({QStringLiteral("subject.full_name"), QStringLiteral("Nguyen Thi Hong"),
                       QStringLiteral("Nguyễn Thị Hồng")});
    }
    if (n % 9 == 0) {
        out.push_back(
            {QStringLiteral("father.full_name"), QStringLiteral("Tran Van Binh"), QStringLiteral("Trần Văn Bình")});
    }
    if (n % (year < 1990 ? 3 : 5) == 0) {
        out.push_back({QStringLiteral("subject.birth_date"), QStringLiteral("12/03/%1").arg(year),
                       QStringLiteral("21/03/%1").arg(year)});
    }
    if (n % 11 == 0) {
        out.push_back(
            {QStringLiteral("subject.home_town"), QStringLiteral("Bình  Dương"), QStringLiteral("Bình Dương")});
    }
    return out;
}

bool logBook(const TestSite& commune, qint64 book, int year, int entries, bool varied) {
    auto pair = commune.signInPair();
    if (!pair) {
        return false;
    }
    for (int n = 1; n <= entries; ++n) {
        core::CheckInput input;
        input.bookId = book;
        input.entryNumber = n;
        input.registrationDate = QStringLiteral("14/04/%1").arg(year);
        input.subjectName = QStringLiteral("Nguyễn Thị Hồng");
        input.secondsSpent = 40;
        input.corrections = correctionsOf(n, year, varied);
        if (!input.corrections.empty()) {
            input.outcome = core::Outcome::Corrected;
        }
        auto logged = core::LogService::logCheck(
            *pair, input, core::domain::ValidationContext{QDate(2017, 6, 1), QDate(2022, 12, 31), year, year});
        if (!logged) {
            qWarning("makeErrorMapHub: entry %d of %d refused: %s", n, year, qPrintable(logged.error().detail));
            return false;
        }
    }
    return true;
}

bool enroll(const TestSite& commune, const TestSite& hub, const QString& folder, const QString& place) {
    auto supervisor = commune.signInSupervisor();
    auto province = hub.signInSupervisor();
    if (!supervisor || !province) {
        return false;
    }
    const QString name = core::BundleService::slug(place);
    const QString request = QDir(folder).filePath(name + QStringLiteral(".enroll"));
    const QString welcome = QDir(folder).filePath(name + QStringLiteral(".welcome"));
    auto written = core::EnrollmentService::request(*supervisor, request);
    if (!written) {
        return false;
    }
    auto accepted = core::EnrollmentService::accept(*province, request, written->fingerprint, place, welcome);
    return accepted && core::EnrollmentService::finish(*supervisor, welcome, accepted->hubFingerprint).ok();
}

} // namespace

bool makeErrorMapHub(TestSite& hub, const std::vector<ErrorMapCommune>& plan, const QString& folder,
                     const QString& districtUser, const QString& district,
                     std::vector<std::unique_ptr<TestSite>>& communes) {
    QStringList files;
    for (const ErrorMapCommune& c : plan) {
        auto site = std::make_unique<TestSite>();
        for (std::size_t i = 0; i < c.years.size(); ++i) {
            const int year = c.years[i];
            const qint64 book = site->addBook(1, 500, QStringLiteral("%1").arg(i + 1, 2, 10, QLatin1Char('0')), year);
            if (book <= 0 || !logBook(*site, book, year, c.entries, c.varied)) {
                return false;
            }
        }
        if (!enroll(*site, hub, folder, c.place)) {
            qWarning("makeErrorMapHub: %s could not be enrolled", qPrintable(c.place));
            return false;
        }
        auto supervisor = site->signInSupervisor();
        const QString out = QDir(folder).filePath(core::BundleService::slug(c.place));
        if (!supervisor || !QDir().mkpath(out)) {
            return false;
        }
        auto written = core::BundleService::exportBundle(*supervisor, out);
        if (!written) {
            qWarning("makeErrorMapHub: the bundle of %s: %s", qPrintable(c.place), qPrintable(written.error().detail));
            return false;
        }
        for (const core::ExportedBundle& b : written.value()) {
            files.append(b.file);
        }
        communes.push_back(std::move(site));
    }
    auto province = hub.signInSupervisor();
    if (!province) {
        return false;
    }
    auto imported = core::ImportService::importFiles(*province, files);
    if (!imported) {
        qWarning("makeErrorMapHub: the import was refused: %s", qPrintable(imported.error().detail));
        return false;
    }
    for (const core::ImportedFile& f : imported.value()) {
        if (f.status != QLatin1String("imported")) {
            qWarning("makeErrorMapHub: a bundle was not imported: %s", qPrintable(f.reason));
            return false;
        }
    }
    auto added = core::UserService::addUser(
        *province, core::NewAccount{districtUser, {}, core::Role::District, secret(kMapDistrictPassword), district});
    if (!added) {
        qWarning("makeErrorMapHub: the district account: %s", qPrintable(added.error().detail));
    }
    return added.ok();
}

} // namespace dc::test
