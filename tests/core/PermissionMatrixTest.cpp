// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors

// The permission matrix (issue 17 part 3): one table, operation × who × state, that calls every service operation
// taking a Session and checks that it was let through or refused with the expected code. The table is the list: the
// test reads core/services/*.h and fails, naming them, for the operations that have no row (a new operation must be
// placed in the matrix before it can ship) and for rows that name an operation the headers no longer declare.
#include "core/services/AllocationLists.h"
#include "core/services/AllocationService.h"
#include "core/services/AuditService.h"
#include "core/services/AwardsDocuments.h"
#include "core/services/AwardsService.h"
#include "core/services/BackupService.h"
#include "core/services/BookService.h"
#include "core/services/BundleService.h"
#include "core/services/CertificateService.h"
#include "core/services/CheckLog.h"
#include "core/services/DraftService.h"
#include "core/services/EnrollmentService.h"
#include "core/services/ErrorMapService.h"
#include "core/services/FindingsService.h"
#include "core/services/HubBoardService.h"
#include "core/services/HubScope.h"
#include "core/services/ImportService.h"
#include "core/services/InventoryService.h"
#include "core/services/LogService.h"
#include "core/services/PersonService.h"
#include "core/services/RegistrationService.h"
#include "core/services/RekeyService.h"
#include "core/services/ReportService.h"
#include "core/services/ReportTables.h"
#include "core/services/ReviewService.h"
#include "core/services/RosterService.h"
#include "core/services/SignIn.h"
#include "core/services/SiteCampaign.h"
#include "core/services/SiteCheck.h"
#include "core/services/SiteKeyService.h"
#include "core/services/SpotCheckService.h"
#include "core/services/TrainingService.h"
#include "core/services/UserService.h"
#include "core/services/WipeService.h"
#include "core/services/WorkSessionService.h"
#include "tests/support/HubOffice.h"
#include "tests/support/TestSite.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace dc::core {
namespace {

using test::secret;
using test::TestSite;

// Who calls, one column each, in this order:
//   V  a volunteer pair at a commune (lan reads, minh checks; a work session running)
//   S  the commune's supervisor
//   D  a district account at the hub (Dầu Tiếng)
//   P  a province account at the hub
//   v  a volunteer pair at the commune whose reader's account was removed after the pair signed in
//   s  a second supervisor of the commune, removed (by the first) after signing in
//   p  a second province account of the hub, removed (by the first) after signing in
// The wrong site is where the columns cross: V, S, v, s calling a hub's operation, D, P, p a commune's.
enum Column { V, S, D, P, RemovedV, RemovedS, RemovedP, kColumns };
constexpr const char* kColumnNames[kColumns] = {"volunteer pair",  "supervisor",        "district",
                                                "province",        "removed volunteer", "removed supervisor",
                                                "removed province"};

// What a call came to, one letter each:
//   A  let through: it succeeded, or failed for a reason that is not who or where (a missing file, an unknown id, an
//      invalid value, no campaign): the permission checks were passed
//   N  NotPermitted       W  WrongSiteKind       X  AccountDisabled
//   K  SiteKeyUnavailable 2  NotAPair
// The commune's reads (books, checks, the work session, returns) are refused at a hub (W) like its writes: a hub keeps
// no log of its own, and an empty answer would read as "nothing logged". (Amending or voiding checks the pair before it
// looks the check up, as logging does.)
char letterOf(const std::optional<Error>& error) {
    if (!error) {
        return 'A';
    }
    switch (error->code) {
    case ErrorCode::NotPermitted:
        return 'N';
    case ErrorCode::WrongSiteKind:
        return 'W';
    case ErrorCode::AccountDisabled:
        return 'X';
    case ErrorCode::SiteKeyUnavailable:
        return 'K';
    case ErrorCode::NotAPair:
        return '2';
    default:
        return 'A';
    }
}

template <typename T> std::optional<Error> outcome(const Result<T>& result) {
    if (result.ok()) {
        return std::nullopt;
    }
    return result.error();
}

using Call = std::function<std::optional<Error>(Session&)>;

struct Row {
    const char* operation; // Header::function, as core/services/<Header>.h declares it
    const char* expected;  // one letter per column (V S D P v s p); empty for an internal step (see `why`)
    Call call;
    const char* why = nullptr; // an internal step, not called: why it checks no permission itself
};

// The sites, the accounts and their sessions, made once for the whole table.
struct Sites {
    TestSite commune;
    TestSite hub{SiteKind::Hub};
    std::unique_ptr<Session> sessions[kColumns];
    QString folder; // where files an allowed call writes go (bundles, backups, requests)
    QString missing;
    // Checks the pair logged, one per column, for the rows that amend or void one: a call let through changes only
    // its own column's check. `column` is the column being called.
    std::vector<qint64> checks;
    int column = 0;

    Sites() {
        folder = commune.dir() + QStringLiteral("/out");
        QDir().mkpath(folder);
        missing = commune.dir() + QStringLiteral("/no-such-file");

        commune.addUser(QStringLiteral("giamsat2"), "song-tien-chay-qua-cau-3", true);
        commune.addUser(QStringLiteral("hoa"), "hoa-mai-no-tet-nay-55");
        commune.addUser(QStringLiteral("binh"), "binh-minh-tren-song-68");
        sessions[V] = commune.signInPair();
        sessions[S] = commune.signInSupervisor();
        sessions[RemovedV] = commune.signInPair(QStringLiteral("hoa"), "hoa-mai-no-tet-nay-55", QStringLiteral("binh"),
                                                "binh-minh-tren-song-68");
        sessions[RemovedS] = commune.signIn(QStringLiteral("giamsat2"), "song-tien-chay-qua-cau-3");

        sessions[P] = hub.signInSupervisor();
        sessions[D] =
            test::addDistrictAccount(hub, *sessions[P], QStringLiteral("dautieng"), QString::fromUtf8("Dầu Tiếng"));
        auto added = UserService::addUser(
            *sessions[P],
            NewAccount{QStringLiteral("vanphong2"), {}, Role::Province, secret("tinh-doan-phong-hai-19"), {}});
        if (!added.ok()) {
            throw std::runtime_error(added.error().detail.toStdString());
        }
        sessions[RemovedP] = hub.signIn(QStringLiteral("vanphong2"), "tinh-doan-phong-hai-19");

        for (auto [session, name] : {std::pair{sessions[S].get(), "hoa"}, std::pair{sessions[S].get(), "giamsat2"},
                                     std::pair{sessions[P].get(), "vanphong2"}}) {
            auto removed = UserService::removeUser(*session, QString::fromLatin1(name));
            if (!removed.ok()) {
                throw std::runtime_error(removed.error().detail.toStdString());
            }
        }
        const qint64 book = commune.addBook();
        for (int entry = 1; entry <= kColumns; ++entry) {
            CheckInput input;
            input.bookId = book;
            input.entryNumber = entry;
            input.registrationDate = QStringLiteral("14/04/1998");
            input.subjectName = QString::fromUtf8("Nguyễn Thị Hồng");
            input.secondsSpent = 40;
            auto logged = LogService::logCheck(*sessions[V], input);
            if (!logged.ok()) {
                throw std::runtime_error(logged.error().detail.toStdString());
            }
            checks.push_back(logged->check.id);
        }
        for (const auto& s : sessions) {
            if (!s) {
                throw std::runtime_error("a session of the matrix could not be opened");
            }
        }
    }
};

// A re-key's hook that stops it before its first step, once the permission checks let it through: the matrix proves
// who may start one, RekeyTest what it does.
void stopRekey(RekeyStep) {
    throw std::runtime_error("the matrix stops the re-key here");
}

std::vector<Row> matrix(Sites& sites) {
    const QString out = sites.folder;
    const QString missing = sites.missing;
    const ReportRange range{QDate(2026, 1, 1), QDate(2026, 1, 31)};
    const ReportScope province{};
    constexpr qint64 kNoId = 987654;
    constexpr auto vi = domain::Language::Vietnamese;
    // Inputs are chosen so that a call let through changes nothing that a later row depends on: unknown ids, unknown
    // names, missing files, or values the service refuses after it checked who and where.
    return {
        // clang-format off
        //                                                  V S D P v s p
        {"AllocationLists::allocationList",               "WWAAXXX", [](Session& s) { return outcome(AllocationLists::allocationList(s, {}, vi)); }},
        {"AllocationLists::weekView",                     "WWAAXXX", [](Session& s) { return outcome(AllocationLists::weekView(s, QStringLiteral("Thanh An"), vi)); }},
        {"AllocationService::plan",                       "WWNAXXX", [](Session& s) { return outcome(AllocationService::plan(s)); }},
        {"AllocationService::save",                       "WWNAXXX", [](Session& s) { return outcome(AllocationService::save(s)); }},
        {"AllocationService::replan",                     "WWNAXXX", [](Session& s) { return outcome(AllocationService::replan(s, false)); }},
        {"AllocationService::rosterPlan",                 "WWNAXXX", [](Session& s) { return outcome(AllocationService::rosterPlan(s, QStringLiteral("Thanh An"))); }},
        {"AuditService::verify",                          "AAAAXXX", [](Session& s) { return outcome(AuditService::verify(s)); }},
        {"AuditService::closeDay",                        "NAWWXXX", [](Session& s) { return outcome(AuditService::closeDay(s)); }},
        {"AuditService::acknowledgeMark",                 "NANAXXX", [](Session& s) { return outcome(AuditService::acknowledgeMark(s)); }},
        {"AwardsDocuments::shortlist",                    "NAAAXXX", [](Session& s) { return outcome(AwardsDocuments::shortlist(s, {}, vi)); }},
        {"AwardsDocuments::evidence",                     "NAAAXXX", [](Session& s) { return outcome(AwardsDocuments::evidence(s, {}, vi)); }},
        {"AwardsService::compute",                        "NAAAXXX", [](Session& s) { return outcome(AwardsService::compute(s, {})); }},
        {"AwardsService::explain",                        "AAAAXXX", [](Session& s) { return outcome(AwardsService::explain(s, QStringLiteral("lan"), {})); }},
        {"AwardsService::participants",                   "NAAAXXX", [](Session& s) { return outcome(AwardsService::participants(s, {})); }},
        {"AwardsService::readForReceipts",                "WWNAXXX", [](Session& s) { return outcome(AwardsService::readForReceipts(s)); }},
        {"AwardsService::hubExplanation",                 "NAWWXXX", [](Session& s) { return outcome(AwardsService::hubExplanation(s, QStringLiteral("nobody"))); }},
        {"BackupService::backup",                         "NANAXXX", [out](Session& s) { return outcome(BackupService::backup(s, out + QStringLiteral("/backup"))); }},
        {"BookService::createBook",                       "NAWWXXX", [](Session& s) { return outcome(BookService::createBook(s, {})); }},
        {"BookService::listBooks",                        "AAWWXXX", [](Session& s) { return outcome(BookService::listBooks(s)); }},
        {"BookService::closeBook",                        "NAWWXXX", [](Session& s) { return outcome(BookService::closeBook(s, kNoId)); }},
        {"BookService::reopenBook",                       "NAWWXXX", [](Session& s) { return outcome(BookService::reopenBook(s, kNoId)); }},
        {"BookService::listBooksWithProgress",            "AAWWXXX", [](Session& s) { return outcome(BookService::listBooksWithProgress(s)); }},
        {"BundleService::exportBundle",                   "NAWWXXX", [out](Session& s) { return outcome(BundleService::exportBundle(s, out)); }},
        {"BundleService::recordReceipt",                  "NAWWXXX", [missing](Session& s) { return outcome(BundleService::recordReceipt(s, missing)); }},
        {"BundleService::deliveryStatus",                 "AAWWXXX", [](Session& s) { return outcome(BundleService::deliveryStatus(s)); }},
        {"BundleService::nextBundleFileName",             "NAWWXXX", [](Session& s) { return outcome(BundleService::nextBundleFileName(s, BundleService::NameDate::Iso)); }},
        {"CertificateService::issueCertificates",         "NANAXXX", [](Session& s) { return outcome(issueCertificates(s, {})); }},
        {"CertificateService::recordCertificateBatch",    "NANAXXX", [](Session& s) { return outcome(recordCertificateBatch(s, {}, QStringLiteral("pdf"), [] { return Result<void>{}; })); }},
        {"DraftService::keep",                            "A222222", [](Session& s) { return outcome(DraftService::keep(s, kNoId, {})); }},
        {"DraftService::find",                            "A222222", [](Session& s) { return outcome(DraftService::find(s, kNoId)); }},
        {"DraftService::discard",                         "A222222", [](Session& s) { return outcome(DraftService::discard(s, kNoId)); }},
        {"EnrollmentService::request",                    "NAWWXXX", [out](Session& s) { return outcome(EnrollmentService::request(s, out + QStringLiteral("/request.dcreq"))); }},
        {"EnrollmentService::accept",                     "WWNAXXX", [missing, out](Session& s) { return outcome(EnrollmentService::accept(s, missing, {}, {}, out + QStringLiteral("/welcome"))); }},
        {"EnrollmentService::finish",                     "NAWWXXX", [missing](Session& s) { return outcome(EnrollmentService::finish(s, missing, {})); }},
        {"EnrollmentService::currentEnrollment",          "AAWWXXX", [](Session& s) { return outcome(EnrollmentService::currentEnrollment(s)); }},
        {"EnrollmentService::exchangeReady",              "NAWWXXX", [](Session& s) { return outcome(EnrollmentService::exchangeReady(s, "export")); }},
        {"EnrollmentService::senderKeys",                 "WWAAXXX", [](Session& s) { return outcome(EnrollmentService::senderKeys(s, QStringLiteral("nowhere"), 1)); }},
        {"EnrollmentService::siteByCommune",              "WWAAXXX", [](Session& s) { return outcome(EnrollmentService::siteByCommune(s, QString::fromUtf8("Dầu Tiếng"), QStringLiteral("Thanh An"))); }},
        {"EnrollmentService::hubEnrolledSites",           "WWAAXXX", [](Session& s) { return outcome(EnrollmentService::hubEnrolledSites(s)); }},
        {"EnrollmentService::ownFingerprint",             "AAAAXXX", [](Session& s) { return outcome(EnrollmentService::ownFingerprint(s)); }},
        {"ErrorMapService::compute",                      "NAAAXXX", [](Session& s) { return outcome(ErrorMapService::compute(s, {})); }},
        {"FindingsService::actions",                      "NAAAXXX", [](Session& s) { return outcome(FindingsService::actions(s, {})); }},
        {"FindingsService::resolveScope",                 "NAAAXXX", [province](Session& s) { return outcome(FindingsService::resolveScope(s, province)); }},
        {"HubBoardService::board",                        "WWAAXXX", [](Session& s) { return outcome(HubBoardService::board(s)); }},
        {"HubBoardService::commune",                      "WWAAXXX", [](Session& s) { return outcome(HubBoardService::commune(s, QStringLiteral("no-such-site"))); }},
        {"HubScope::resolveHubPlace",                     "AAAAXXX", [province](Session& s) { return outcome(access::resolveHubPlace(s, province)); }},
        {"ImportService::importFiles",                    "WWNAXXX", [missing](Session& s) { return outcome(ImportService::importFiles(s, {missing})); }},
        {"ImportService::status",                         "WWAAXXX", [](Session& s) { return outcome(ImportService::status(s)); }},
        {"ImportService::decide",                         "WWANXXX", [](Session& s) { return outcome(ImportService::decide(s, QStringLiteral("no-such-check"), QStringLiteral("accept"), {})); }},
        {"WipeService::recordStatement",                  "WWNAXXX", [missing](Session& s) { return outcome(WipeService::recordStatement(s, missing)); }},
        {"InventoryService::add",                         "NNNAXXX", [](Session& s) { return outcome(InventoryService::add(s, {})); }},
        {"InventoryService::importCsv",                   "NNNAXXX", [](Session& s) { return outcome(InventoryService::importCsv(s, QByteArray("x\n"))); }},
        {"InventoryService::list",                        "WWAAXXX", [province](Session& s) { return outcome(InventoryService::list(s, province)); }},
        {"InventoryService::coverage",                    "NAAAXXX", [province](Session& s) { return outcome(InventoryService::coverage(s, province)); }},
        {"LogService::logCheck",                          "A2WWXXX", [](Session& s) { return outcome(LogService::logCheck(s, {})); }},
        {"LogService::amendCheck",                        "A2WWXXX", [&sites](Session& s) { return outcome(LogService::amendCheck(s, sites.checks[sites.column], {}, QStringLiteral("reason"))); }},
        {"LogService::rulesFor",                          "", nullptr, "a pure reading of a book's rules for an entry, called by logCheck, amendCheck and the live check"},
        {"LogService::voidCheck",                         "A2WWXXX", [&sites](Session& s) { return outcome(LogService::voidCheck(s, sites.checks[sites.column], QStringLiteral("reason"))); }},
        {"LogService::settle",                            "", nullptr, "upkeep after an acknowledged write (WAL checkpoint, high-water mark); never fails, reads nothing out"},
        {"LogService::listChecks",                        "AAWWXXX", [](Session& s) { return outcome(LogService::listChecks(s, {kNoId, {}, 0})); }},
        {"LogService::progress",                          "AAWWXXX", [](Session& s) { return outcome(LogService::progress(s, kNoId)); }},
        {"LogService::currentCheck",                      "AAWWXXX", [](Session& s) { return outcome(LogService::currentCheck(s, kNoId, 1)); }},
        {"PersonService::addPerson",                      "WWNAXXX", [](Session& s) { return outcome(PersonService::addPerson(s, {})); }},
        {"PersonService::listPersons",                    "WWNAXXX", [](Session& s) { return outcome(PersonService::listPersons(s)); }},
        {"PersonService::link",                           "WWNAXXX", [](Session& s) { return outcome(PersonService::link(s, QStringLiteral("p"), QStringLiteral("s"), QStringLiteral("nobody"))); }},
        {"RegistrationService::previewImport",            "WWNAXXX", [](Session& s) { return outcome(RegistrationService::previewImport(s, {}, QStringLiteral("unit"))); }},
        {"RegistrationService::importList",               "WWNAXXX", [](Session& s) { return outcome(RegistrationService::importList(s, {}, QStringLiteral("unit"))); }},
        {"RegistrationService::listVolunteers",           "WWAAXXX", [](Session& s) { return outcome(RegistrationService::listVolunteers(s)); }},
        {"RegistrationService::quotaBoard",               "WWAAXXX", [](Session& s) { return outcome(RegistrationService::quotaBoard(s)); }},
        {"RegistrationService::withdraw",                 "WWNAXXX", [](Session& s) { return outcome(RegistrationService::withdraw(s, QStringLiteral("nobody"))); }},
        {"RegistrationService::correct",                  "WWNAXXX", [](Session& s) { return outcome(RegistrationService::correct(s, QStringLiteral("nobody"), QStringLiteral("phone"), QStringLiteral("0900000000"))); }},
        {"RegistrationService::checkForm",                "WWNAXXX", [](Session& s) { return outcome(RegistrationService::checkForm(s, {})); }},
        {"RegistrationService::registerOne",              "WWNAXXX", [](Session& s) { return outcome(RegistrationService::registerOne(s, {})); }},
        {"RekeyService::rekeySite",                       "NANAXXX", [](Session& s) { return outcome(rekeySite(s, stopRekey)); }},
        {"RekeyService::advanceGeneration",               "NANAXXX", [](Session& s) { return outcome(advanceGeneration(s, stopRekey)); }},
        {"ReportService::progress",                       "NAAAXXX", [range](Session& s) { return outcome(ReportService::progress(s, range)); }},
        {"ReportService::corrections",                    "NAAAXXX", [range](Session& s) { return outcome(ReportService::corrections(s, range)); }},
        {"ReportService::volunteers",                     "NAAAXXX", [range](Session& s) { return outcome(ReportService::volunteers(s, range)); }},
        {"ReportService::spotChecks",                     "NAAAXXX", [range](Session& s) { return outcome(ReportService::spotChecks(s, range)); }},
        {"ReportService::progress",                       "NAAAXXX", [range, province](Session& s) { return outcome(ReportService::progress(s, province, range)); }},
        {"ReportService::corrections",                    "NAAAXXX", [range, province](Session& s) { return outcome(ReportService::corrections(s, province, range)); }},
        {"ReportService::volunteers",                     "NAAAXXX", [range, province](Session& s) { return outcome(ReportService::volunteers(s, province, range)); }},
        {"ReportService::spotChecks",                     "NAAAXXX", [range, province](Session& s) { return outcome(ReportService::spotChecks(s, province, range)); }},
        {"ReportService::recordExport",                   "NAAAXXX", [range](Session& s) { return outcome(ReportService::recordExport(s, ReportHeader{{}, QStringLiteral("progress"), range}, QStringLiteral("csv"), [] { return Result<void>{}; })); }},
        {"ReportTables::buildReport",                     "NAAAXXX", [range](Session& s) { return outcome(buildReport(s, ReportRequest{QStringLiteral("progress"), range}, vi)); }},
        {"ReviewService::queue",                          "NAWWXXX", [](Session& s) { return outcome(ReviewService::queue(s, {})); }},
        {"ReviewService::overview",                       "NAWWXXX", [](Session& s) { return outcome(ReviewService::overview(s)); }},
        {"ReviewService::decide",                         "NAWWXXX", [](Session& s) { return outcome(ReviewService::decide(s, kNoId, ReviewDecision::Approve, {})); }},
        {"ReviewService::returnedToPair",                 "AAWWXXX", [](Session& s) { return outcome(ReviewService::returnedToPair(s)); }},
        {"RosterService::buildPackage",                   "WWNAXXX", [out](Session& s) { return outcome(RosterService::buildPackage(s, {}, out + QStringLiteral("/roster"))); }},
        {"RosterService::apply",                          "NAWWXXX", [missing](Session& s) { return outcome(RosterService::apply(s, missing)); }},
        {"RosterService::days",                           "AAWWXXX", [](Session& s) { return outcome(RosterService::days(s, s.user().userName)); }},
        {"SignIn::addPartner",                            "", nullptr, "signs a second person in with their own password (SignInTest: the partner must be an active volunteer)"},
        {"SiteCampaign::campaignOf",                      "", nullptr, "the campaign a session's services read; called after their checks"},
        {"SiteCampaign::sessionCampaign",                 "", nullptr, "the campaign a session's services read; called after their checks"},
        {"SiteCampaign::enrolledEntryCutoff",             "", nullptr, "a rule of the entry check (LogService::rulesFor)"},
        {"SiteCampaign::siteCampaign",                    "AAAAXXX", [](Session& s) { return outcome(siteCampaign(s)); }},
        {"SiteCheck::siteInfo",                           "NANAXXX", [](Session& s) { return outcome(siteInfo(s)); }},
        {"SiteCheck::checkSite",                          "NANAXXX", [](Session& s) { return outcome(checkSite(s)); }},
        {"SiteKeyService::takeFromSlot",                  "", nullptr, "sign-in's step: opens the site's keys from the account's own slot"},
        {"SiteKeyService::takeWithCode",                  "", nullptr, "recovery's step: opens the site's keys with the recovery code"},
        {"SiteKeyService::rotateIfDue",                   "", nullptr, "every opening's step (access::opened); does nothing without the site's keys"},
        {"SiteKeyService::rotate",                        "NANAXXX", [](Session& s) { return outcome(sitekeys::rotate(s, QStringLiteral("matrix"))); }},
        {"SiteKeyService::distribute",                    "", nullptr, "seals the keys the session holds to a keyring's slots, inside UserService and the re-key"},
        {"SiteKeyService::rotationDue",                   "", nullptr, "a reading for rotateIfDue"},
        {"SiteKeyService::keyHolderNames",                "", nullptr, "a reading for SiteCheck::checkSite"},
        {"SpotCheckService::drawDay",                     "NAWWXXX", [](Session& s) { return outcome(SpotCheckService::drawDay(s, QDate(2026, 1, 2))); }},
        {"SpotCheckService::samples",                     "NANNXXX", [](Session& s) { return outcome(SpotCheckService::samples(s, QDate(2026, 1, 2))); }},
        {"SpotCheckService::confirm",                     "NAWWXXX", [](Session& s) { return outcome(SpotCheckService::confirm(s, kNoId)); }},
        {"SpotCheckService::missed",                      "NAWWXXX", [](Session& s) { return outcome(SpotCheckService::missed(s, kNoId, {})); }},
        {"SpotCheckService::missRates",                   "NANNXXX", [range](Session& s) { return outcome(SpotCheckService::missRates(s, range.from, range.to)); }},
        // Issue 18: every training operation is a training site's (WrongSiteKind at a commune or a hub); who may do
        // what at a training site is TrainingServiceTest's.
        {"TrainingService::isTrainingSite",               "AAAAXXX", [](Session& s) { return outcome(TrainingService::isTrainingSite(s)); }},
        {"TrainingService::addBook",                      "WWWWXXX", [](Session& s) { return outcome(TrainingService::addBook(s, RecordType::Birth, 1, 1)); }},
        {"TrainingService::loadBook",                     "WWWWXXX", [](Session& s) { return outcome(TrainingService::loadBook(s, QByteArray("{}"), 1)); }},
        {"TrainingService::exportBook",                   "WWWWXXX", [](Session& s) { return outcome(TrainingService::exportBook(s, kNoId)); }},
        {"TrainingService::books",                        "WWWWXXX", [](Session& s) { return outcome(TrainingService::books(s)); }},
        {"TrainingService::entry",                        "WWWWXXX", [](Session& s) { return outcome(TrainingService::entry(s, kNoId, 1)); }},
        {"TrainingService::noteKeys",                     "WWWWXXX", [](Session& s) { return outcome(TrainingService::noteKeys(s, QStringLiteral("no-such-check"), 1)); }},
        {"TrainingService::score",                        "WWWWXXX", [](Session& s) { return outcome(TrainingService::score(s, kNoId)); }},
        {"TrainingService::results",                      "WWWWXXX", [](Session& s) { return outcome(TrainingService::results(s)); }},
        {"TrainingService::pairs",                        "WWWWXXX", [](Session& s) { return outcome(TrainingService::pairs(s)); }},
        {"UserService::addUser",                          "NANNXXX", [](Session& s) { return outcome(UserService::addUser(s, NewAccount{QStringLiteral("x"), {}, Role::Volunteer, secret("x"), {}})); }},
        {"UserService::removeUser",                       "NANAXXX", [](Session& s) { return outcome(UserService::removeUser(s, QStringLiteral("nobody"))); }},
        {"UserService::setPassword",                      "NANAXXX", [](Session& s) { return outcome(UserService::setPassword(s, QStringLiteral("nobody"), secret("x"))); }},
        {"UserService::activate",                         "AAWWXXX", [](Session& s) { return outcome(UserService::activate(s, QStringLiteral("nobody"), secret("x"), secret("x"))); }},
        {"UserService::listUsers",                        "NANAXXX", [](Session& s) { return outcome(UserService::listUsers(s)); }},
        {"WorkSessionService::start",                     "A2WWXXX", [](Session& s) { return outcome(WorkSessionService::start(s, kNoId)); }},
        {"WorkSessionService::swapRoles",                 "AAWWXXX", [](Session& s) { return outcome(WorkSessionService::swapRoles(s)); }},
        {"WorkSessionService::pause",                     "A2WWXXX", [](Session& s) { return outcome(WorkSessionService::pause(s)); }},
        {"WorkSessionService::resume",                    "A2WWXXX", [](Session& s) { return outcome(WorkSessionService::resume(s)); }},
        {"WorkSessionService::end",                       "A2WWXXX", [](Session& s) { return outcome(WorkSessionService::end(s)); }},
        {"WorkSessionService::state",                     "AAWWXXX", [](Session& s) { return outcome(WorkSessionService::state(s)); }},
        {"WorkSessionService::today",                     "AAWWXXX", [](Session& s) { return outcome(WorkSessionService::today(s)); }},
        // clang-format on
    };
}

// Every operation core/services/*.h declares that takes a Session (or a const Session) as its first parameter, as
// "Header::function", once per overload. SiteAccess.h (the checks themselves) and Session.h are not operations.
std::map<std::string, int> declaredOperations() {
    std::map<std::string, int> found;
    const QDir dir(QStringLiteral(DOICHIEU_SOURCE_DIR "/core/services"));
    const QRegularExpression comment(QStringLiteral("//[^\n]*"));
    const QRegularExpression declaration(QStringLiteral("\\b(\\w+)\\s*\\(\\s*(?:const\\s+)?Session\\s*&"));
    for (const QString& name : dir.entryList({QStringLiteral("*.h")}, QDir::Files)) {
        if (name == QLatin1String("Session.h") || name == QLatin1String("SiteAccess.h")) {
            continue;
        }
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            ADD_FAILURE() << "cannot read " << name.toStdString();
            continue;
        }
        const QString source = QString::fromUtf8(file.readAll()).remove(comment);
        const QString header = name.chopped(2);
        for (auto it = declaration.globalMatch(source); it.hasNext();) {
            ++found[(header + QStringLiteral("::") + it.next().captured(1)).toStdString()];
        }
    }
    return found;
}

TEST(PermissionMatrixTest, EveryOperationHasARowAndRefusesWhoAndWhereItShould) {
    Sites sites;
    const auto rows = matrix(sites);

    // The table and the headers name the same operations, as many times each (overloads have a row each).
    std::map<std::string, int> listed;
    for (const auto& row : rows) {
        ++listed[row.operation];
    }
    const auto declared = declaredOperations();
    ASSERT_GT(declared.size(), 100U) << "the headers were not read from " DOICHIEU_SOURCE_DIR;
    std::string withoutRow;
    std::string withoutOperation;
    for (const auto& [operation, count] : declared) {
        if (listed[operation] < count) {
            withoutRow += "\n  " + operation;
        }
    }
    for (const auto& [operation, count] : listed) {
        if (count > 0 && (declared.count(operation) == 0 || declared.at(operation) < count)) {
            withoutOperation += "\n  " + operation;
        }
    }
    EXPECT_TRUE(withoutRow.empty()) << "operations with no row in the permission matrix (add one):" << withoutRow;
    EXPECT_TRUE(withoutOperation.empty()) << "rows for operations the headers do not declare:" << withoutOperation;

    // Every cell: the call let through or refused as the table says.
    const bool print = qEnvironmentVariableIsSet("DOICHIEU_MATRIX_PRINT");
    for (const auto& row : rows) {
        if (!row.call) {
            EXPECT_TRUE(row.why != nullptr && *row.why != '\0') << row.operation << ": a row without a call says why";
            continue;
        }
        ASSERT_EQ(std::strlen(row.expected), static_cast<size_t>(kColumns)) << row.operation;
        std::string seen;
        for (int column = 0; column < kColumns; ++column) {
            std::optional<Error> error;
            sites.column = column;
            try {
                error = row.call(*sites.sessions[column]);
            } catch (const std::exception& e) {
                ADD_FAILURE() << row.operation << " threw for the " << kColumnNames[column] << ": " << e.what();
                continue;
            }
            const char letter = letterOf(error);
            seen += letter;
            if (print) {
                std::printf("%-46s %-18s %c %s %s\n", row.operation, kColumnNames[column], letter,
                            error ? errorCodeName(error->code) : "ok",
                            error ? error->detail.toStdString().c_str() : "");
            }
            EXPECT_EQ(letter, row.expected[column])
                << row.operation << " called by the " << kColumnNames[column] << ": "
                << (error ? errorCodeName(error->code) + std::string(" — ") + error->detail.toStdString()
                          : std::string("ok"));
        }
        if (print) {
            std::printf("ROW %-46s \"%s\"\n", row.operation, seen.c_str());
        }
    }
}

} // namespace
} // namespace dc::core
