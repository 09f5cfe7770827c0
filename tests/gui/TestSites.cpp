// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "tests/gui/TestSites.h"

#include "app/gui/AppContext.h"
#include "app/gui/SessionController.h"
#include "core/services/BookService.h"
#include "core/services/BundleService.h"
#include "core/services/EnrollmentService.h"
#include "core/services/ImportService.h"
#include "core/services/LogService.h"
#include "core/services/ReviewService.h"
#include "core/services/RosterService.h"
#include "core/services/SignIn.h"
#include "core/services/SignInThrottle.h"
#include "core/services/SpotCheckService.h"
#include "core/services/UserService.h"
#include "core/services/WorkSessionService.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "tests/support/ErrorMapFixture.h"
#include "tests/support/HubFixture.h"
#include "tests/support/TestSite.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSettings>
#include <QTimeZone>
#include <QUuid>

namespace dc::test {

namespace {

constexpr const char* kVolunteer = "lan";
constexpr const char* kVolunteerPassword = "hoa-sen-no-sang-44";
constexpr const char* kPartner = "minh";
constexpr const char* kPartnerPassword = "trang-len-doi-thong-88";
const QString kLanDisplayName = QStringLiteral("Nguyễn Thị Lan");
const QString kMinhDisplayName = QStringLiteral("Lê Quang Minh");

bool addBooks(const TestSite& site) {
    auto session = site.signInSupervisor();
    if (!session) {
        return false;
    }
    const QString commune = QStringLiteral("Phường Phú Cường");
    const core::NewBook books[] = {
        {commune, core::RecordType::Birth, QStringLiteral("01"), 1998, 1998, 1, 412},
        {commune, core::RecordType::Marriage, QStringLiteral("01"), 2005, 2006, 1, 188},
        {commune, core::RecordType::Death, QStringLiteral("02"), 2010, 2010, std::nullopt, std::nullopt},
    };
    for (const core::NewBook& book : books) {
        if (!core::BookService::createBook(*session, book)) {
            return false;
        }
    }
    return true;
}

bool flipByte(const QString& path, qint64 offset) {
    QByteArray bytes = readAll(path);
    if (bytes.size() <= offset) {
        return false;
    }
    bytes[offset] = static_cast<char>(bytes.at(offset) ^ 0x5a);
    writeAll(path, bytes);
    return true;
}

// The "enrolled" site's commune: the pair logs entries `from`..`to` of its book (matches; after the first twelve, every
// fourth one corrected).
bool logEntries(const TestSite& commune, int from, int to) {
    auto pair = commune.signInPair();
    if (!pair) {
        return false;
    }
    auto books = core::BookService::listBooks(*pair);
    if (!books || books->empty()) {
        return false;
    }
    for (int n = from; n <= to; ++n) {
        core::CheckInput input;
        input.bookId = books->front().id;
        input.entryNumber = n;
        input.registrationDate = QStringLiteral("14/04/1998");
        input.subjectName = QStringLiteral("Nguyễn Thị Hồng");
        input.secondsSpent = 40;
        if (n > 12 && n % 4 == 0) {
            input.outcome = core::Outcome::Corrected;
            input.corrections = {{QStringLiteral("subject.sex"), QStringLiteral("nam"), QStringLiteral("nữ")}};
        }
        if (!core::LogService::logCheck(*pair, input,
                                        core::domain::ValidationContext{QDate(2017, 6, 1), QDate(2022, 12, 31)})) {
            return false;
        }
    }
    return true;
}

// Enrolls `commune` with `hub` as Dầu Tiếng/Thanh An through the real files and fingerprints.
bool enroll(const TestSite& commune, const TestSite& hub, const QString& folder) {
    auto supervisor = commune.signInSupervisor();
    auto province = hub.signInSupervisor();
    if (!supervisor || !province) {
        return false;
    }
    const QString request = QDir(folder).filePath(QStringLiteral("xa.enroll"));
    const QString welcome = QDir(folder).filePath(QStringLiteral("xa.welcome"));
    auto written = core::EnrollmentService::request(*supervisor, request);
    if (!written) {
        return false;
    }
    auto accepted = core::EnrollmentService::accept(*province, request, written->fingerprint,
                                                    QStringLiteral("Dầu Tiếng/Thanh An"), welcome);
    return accepted && core::EnrollmentService::finish(*supervisor, welcome, accepted->hubFingerprint).ok();
}

} // namespace

QVariantList TestSites::importAtHub(const QStringList& files) {
    const auto hub = m_sites.find(QStringLiteral("enrolled-hub"));
    if (hub == m_sites.end()) {
        return {};
    }
    auto province = hub->second->signInSupervisor();
    if (!province) {
        return {};
    }
    auto imported = core::ImportService::importFiles(*province, files);
    if (!imported) {
        qWarning("TestSites: import refused: %s", qPrintable(imported.error().detail));
        return {};
    }
    QVariantList out;
    for (const core::ImportedFile& f : imported.value()) {
        out.append(QVariantMap{{QStringLiteral("status"), f.status},
                               {QStringLiteral("reason"), f.reason},
                               {QStringLiteral("checks"), f.checks}});
    }
    return out;
}

QVariantMap TestSites::rosterAccounts() {
    if (!m_rosterAccounts.isEmpty()) {
        return m_rosterAccounts;
    }
    const auto hub = m_sites.find(QStringLiteral("enrolled-hub"));
    const auto commune = m_sites.find(QStringLiteral("enrolled"));
    if (hub == m_sites.end() || commune == m_sites.end()) {
        return {};
    }
    auto province = hub->second->signInSupervisor();
    auto supervisor = commune->second->signInSupervisor();
    if (!province || !supervisor) {
        return {};
    }
    const auto person = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };
    core::RosterPlan plan{
        QString(),
        QStringLiteral("Dầu Tiếng"),
        QStringLiteral("Thanh An"),
        {core::RosterPlanVolunteer{
             person(), QStringLiteral("Nguyễn Văn An"), QStringLiteral("an.nguyen"), {QDate(2022, 12, 1)}},
         core::RosterPlanVolunteer{
             person(), QStringLiteral("Trần Thị Bình"), QStringLiteral("binh.tran"), {QDate(2022, 12, 1)}}}};
    const QString file = m_scratch.filePath(QStringLiteral("roster-thanh-an.package"));
    auto built = core::RosterService::buildPackage(*province, plan, file);
    if (!built) {
        qWarning("TestSites: the roster package failed: %s", qPrintable(built.error().detail));
        return {};
    }
    auto applied = core::RosterService::apply(*supervisor, file);
    if (!applied) {
        qWarning("TestSites: the roster package was refused: %s", qPrintable(applied.error().detail));
        return {};
    }
    QVariantMap out;
    for (const core::IssuedCode& issued : built->codes) {
        const QString code =
            QString::fromLatin1(issued.code.chars().data(), static_cast<qsizetype>(issued.code.size()));
        const QString key =
            issued.userName.startsWith(QLatin1String("an.")) ? QStringLiteral("an") : QStringLiteral("binh");
        out.insert(key + QStringLiteral("Name"), issued.userName);
        out.insert(key + QStringLiteral("Code"), code);
    }
    m_rosterAccounts = out;
    return out;
}

QVariantMap TestSites::realBundles() {
    const auto commune = m_sites.find(QStringLiteral("enrolled"));
    if (commune == m_sites.end() || !logEntries(*commune->second, 13, 24)) {
        return {};
    }
    auto supervisor = commune->second->signInSupervisor();
    const QString folder = m_scratch.filePath(QStringLiteral("bundles-%1").arg(++m_bundleRuns));
    if (!supervisor || !QDir().mkpath(folder)) {
        return {};
    }
    auto written = core::BundleService::exportBundle(*supervisor, folder, 4000);
    if (!written || written->size() < 2) {
        qWarning("TestSites: the split export failed");
        return {};
    }
    QStringList parts;
    qint64 checks = 0;
    for (const core::ExportedBundle& b : written.value()) {
        parts.append(b.file);
        checks += b.checks;
    }
    QByteArray bytes = readAll(parts.front());
    bytes[bytes.size() - 100] = static_cast<char>(bytes[bytes.size() - 100] ^ 0x20);
    const QString damaged = QDir(folder).filePath(QStringLiteral("damaged-copy.bundle"));
    writeAll(damaged, bytes);
    return {{QStringLiteral("parts"), parts}, {QStringLiteral("checks"), checks}, {QStringLiteral("damaged"), damaged}};
}

TestSites::TestSites(QSettings& settings, gui::AppContext* context, QObject* parent)
    : QObject(parent), m_settings(settings), m_context(context) {}

TestSites::~TestSites() = default;

QVariantMap TestSites::site(const QString& kind) {
    if (auto found = m_described.find(kind); found != m_described.end()) {
        return found->second;
    }
    QVariantMap described;
    try {
        described = make(kind);
    } catch (const std::exception& error) {
        qWarning("TestSites: cannot make the '%s' site: %s", qPrintable(kind), error.what());
        return {};
    }
    if (!described.isEmpty()) {
        m_described[kind] = described;
    }
    return described;
}

bool TestSites::makePairTemplate() {
    auto site = std::make_unique<TestSite>();
    auto session = site->signInSupervisor();
    if (!session) {
        return false;
    }
    const std::pair<const char*, const char*> volunteers[] = {{kVolunteer, kVolunteerPassword},
                                                              {kPartner, kPartnerPassword}};
    for (const auto& [name, password] : volunteers) {
        const QString userName = QString::fromLatin1(name);
        core::NewAccount account{userName, userName == QLatin1String(kVolunteer) ? kLanDisplayName : kMinhDisplayName,
                                 core::Role::Volunteer, secret(password)};
        if (!core::UserService::addUser(*session, account)) {
            return false;
        }
    }
    const QString commune = QStringLiteral("Phường Phú Cường");
    const core::NewBook books[] = {
        {commune, core::RecordType::Birth, QStringLiteral("01"), 1998, 1998, 1, 412},
        {commune, core::RecordType::Marriage, QStringLiteral("01"), 2005, 2006, 1, 188},
        {commune, core::RecordType::Death, QStringLiteral("02"), 2010, 2010, std::nullopt, std::nullopt},
    };
    for (const core::NewBook& book : books) {
        auto made = core::BookService::createBook(*session, book);
        if (!made) {
            return false;
        }
        if (book.recordType == core::RecordType::Death && !core::BookService::closeBook(*session, made->id)) {
            return false;
        }
    }
    session.reset(); // closes the database: the copies below are whole
    m_pairTemplate = std::move(site);
    return true;
}

QVariantMap TestSites::pairSite() {
    if (!m_pairTemplate && !makePairTemplate()) {
        qWarning("TestSites: cannot make the pair site");
        return {};
    }
    auto folder = std::make_unique<QTemporaryDir>();
    const core::SitePaths& from = m_pairTemplate->paths();
    const QString database = folder->filePath(QStringLiteral("site.db"));
    const core::SitePaths to = core::SitePaths::forDatabase(database);
    for (const auto& [source, target] :
         {std::pair{from.database, to.database}, std::pair{from.keyring, to.keyring},
          std::pair{from.signInState, to.signInState}, std::pair{from.database + "-wal", to.database + "-wal"}}) {
        if (QFileInfo::exists(source) && !QFile::copy(source, target)) {
            qWarning("TestSites: cannot copy the pair site");
            return {};
        }
    }
    m_copies.push_back(std::move(folder));
    return {
        {QStringLiteral("databasePath"), database},
        {QStringLiteral("userName"), QString::fromLatin1(TestSite::kSupervisor)},
        {QStringLiteral("password"), QString::fromLatin1(TestSite::kSupervisorPassword)},
        {QStringLiteral("lanName"), QString::fromLatin1(kVolunteer)},
        {QStringLiteral("lanPassword"), QString::fromLatin1(kVolunteerPassword)},
        {QStringLiteral("lanDisplayName"), kLanDisplayName},
        {QStringLiteral("minhName"), QString::fromLatin1(kPartner)},
        {QStringLiteral("minhPassword"), QString::fromLatin1(kPartnerPassword)},
        {QStringLiteral("minhDisplayName"), kMinhDisplayName},
    };
}

namespace {

std::unique_ptr<core::Session> supervisorAt(const QString& databasePath) {
    auto session = core::SignIn().signIn(databasePath, QString::fromLatin1(TestSite::kSupervisor),
                                         secret(TestSite::kSupervisorPassword));
    if (!session) {
        qWarning("TestSites: cannot sign in to read the site back: %s", core::errorCodeName(session.error().code));
        return nullptr;
    }
    return std::move(session).value();
}

QVariantMap describe(const core::CheckHistory& history, const QHash<qint64, QString>& userNames) {
    const core::LoggedCheck& check = history.current;
    QVariantList corrections;
    for (const core::Correction& correction : check.corrections) {
        corrections.append(QVariantMap{
            {QStringLiteral("field"), correction.fieldKey},
            {QStringLiteral("before"), correction.before},
            {QStringLiteral("after"), correction.after},
            {QStringLiteral("class"), core::domain::correctionClassKey(correction.correctionClass)},
            {QStringLiteral("writingDifference"), correction.writingDifference},
        });
    }
    return {
        {QStringLiteral("entry"), check.entryNumber},
        {QStringLiteral("outcome"), core::outcomeKey(check.outcome)},
        {QStringLiteral("registrationDate"), check.registrationDate},
        {QStringLiteral("subjectName"), check.subjectName},
        {QStringLiteral("transcript"), check.transcript},
        {QStringLiteral("reason"), check.reason},
        {QStringLiteral("warnings"), check.warnings},
        {QStringLiteral("earlier"), static_cast<int>(history.earlier.size())},
        {QStringLiteral("reader"), userNames.value(check.readerId)},
        {QStringLiteral("checker"), userNames.value(check.checkerId)},
        {QStringLiteral("corrections"), corrections},
    };
}

} // namespace

QVariantList TestSites::storedChecks(const QString& databasePath) {
    QVariantList out;
    auto session = supervisorAt(databasePath);
    if (!session) {
        return out;
    }
    auto checks = core::LogService::listChecks(*session, core::LogService::Filter{});
    if (!checks) {
        qWarning("TestSites: cannot list the checks: %s", core::errorCodeName(checks.error().code));
        return out;
    }
    QHash<qint64, QString> userNames;
    if (auto users = core::UserService::listUsers(*session)) {
        for (const core::UserAccount& user : users.value()) {
            userNames.insert(user.id, user.userName);
        }
    }
    for (const core::CheckHistory& history : checks.value()) {
        out.append(describe(history, userNames));
    }
    return out;
}

QStringList TestSites::workSessionEvents(const QString& databasePath) {
    QStringList kinds;
    auto session = supervisorAt(databasePath);
    if (!session) {
        return kinds;
    }
    auto events = session->database().prepare(
        "SELECT kind FROM work_session_events WHERE session_id = (SELECT max(id) FROM work_sessions) ORDER BY id");
    while (events.step()) {
        kinds.append(events.text(0));
    }
    return kinds;
}

bool TestSites::closeBooks(const QString& databasePath) {
    auto session = core::SignIn().signIn(databasePath, QString::fromLatin1(TestSite::kSupervisor),
                                         secret(TestSite::kSupervisorPassword));
    auto books = session ? core::BookService::listBooks(*session.value())
                         : core::Result<std::vector<core::Book>>(session.error());
    if (!books) {
        return false;
    }
    bool ok = true;
    for (const core::Book& book : books.value()) {
        if (book.open) {
            ok = core::BookService::closeBook(*session.value(), book.id).ok() && ok;
        }
    }
    return ok;
}

bool TestSites::seedChecks(const QString& databasePath) {
    auto session = core::SignIn().signIn(databasePath, QString::fromLatin1(kVolunteer), secret(kVolunteerPassword));
    if (!session) {
        qWarning("TestSites: the pair cannot sign in: %s", core::errorCodeName(session.error().code));
        return false;
    }
    core::Session& pair = *session.value();
    if (!core::SignIn().addPartner(pair, QString::fromLatin1(kPartner), secret(kPartnerPassword)) ||
        !core::WorkSessionService::start(pair, pair.user().id)) {
        qWarning("TestSites: the pair cannot start working");
        return false;
    }
    auto books = core::BookService::listBooks(pair);
    qint64 birthBook = 0;
    for (const core::Book& book : books ? books.value() : std::vector<core::Book>{}) {
        if (book.recordType == core::RecordType::Birth) {
            birthBook = book.id;
        }
    }
    const auto log = [&](int entry, core::Outcome outcome, const QString& name) {
        core::CheckInput input;
        input.bookId = birthBook;
        input.entryNumber = entry;
        input.registrationDate = QStringLiteral("%1/04/1998").arg(10 + entry);
        input.subjectName = name;
        input.outcome = outcome;
        if (outcome == core::Outcome::Corrected) {
            input.corrections.push_back({QStringLiteral("subject.full_name"), QStringLiteral("Tran Thi Be"), name});
        } else if (outcome == core::Outcome::Escalated) {
            input.registrationDate.clear();
            input.subjectName.clear();
            input.transcript = QStringLiteral("Ng_yễn Văn *");
        }
        auto logged = core::LogService::logCheck(pair, input);
        if (!logged) {
            qWarning("TestSites: cannot log entry %d: %s", entry, core::errorCodeName(logged.error().code));
        }
        return logged.ok();
    };
    bool ok = log(1, core::Outcome::Match, QStringLiteral("Lê Văn Tám")) &&
              log(2, core::Outcome::Corrected, QStringLiteral("Trần Thị Bé")) &&
              log(3, core::Outcome::MissingEnteredNew, QStringLiteral("Võ Minh Khang")) &&
              log(4, core::Outcome::Escalated, QString());
    const QString names[] = {QStringLiteral("Phạm Văn Đức"), QStringLiteral("Ngô Thị Hoa"),
                             QStringLiteral("Đỗ Văn Hùng"),  QStringLiteral("Bùi Thị Mai"),
                             QStringLiteral("Hồ Văn Nam"),   QStringLiteral("Lý Thị Thu")};
    for (int i = 0; ok && i < 6; ++i) {
        ok = log(5 + i, core::Outcome::Match, names[i]);
    }
    return ok && core::WorkSessionService::end(pair).ok();
}

QVariantMap TestSites::reviewOf(const QString& databasePath, int entry) {
    auto session = supervisorAt(databasePath);
    if (!session) {
        return {};
    }
    core::ReviewFilter filter;
    filter.state = std::nullopt;
    filter.limit = 1000;
    auto page = core::ReviewService::queue(*session, filter);
    if (!page) {
        qWarning("TestSites: cannot read the queue: %s", core::errorCodeName(page.error().code));
        return {};
    }
    for (const core::ReviewItem& item : page->items) {
        if (item.check.entryNumber != entry) {
            continue;
        }
        QVariantList history;
        for (const core::ReviewTransition& t : item.history) {
            history.append(QVariantMap{{QStringLiteral("decision"), core::reviewDecisionKey(t.decision)},
                                       {QStringLiteral("state"), core::reviewStateKey(t.state)},
                                       {QStringLiteral("reason"), t.reason},
                                       {QStringLiteral("note"), t.note}});
        }
        return {{QStringLiteral("state"), core::reviewStateKey(item.state)},
                {QStringLiteral("outcome"), core::outcomeKey(item.check.outcome)},
                {QStringLiteral("checkId"), item.check.id},
                {QStringLiteral("supersedes"), item.check.supersedes ? *item.check.supersedes : 0},
                {QStringLiteral("history"), history}};
    }
    return {};
}

QVariantList TestSites::spotItems(const QString& databasePath) {
    QVariantList out;
    auto session = supervisorAt(databasePath);
    if (!session) {
        return out;
    }
    const QDate today = session->now().toTimeZone(QTimeZone(7 * 3600)).date();
    auto samples = core::SpotCheckService::samples(*session, today);
    if (!samples) {
        return out;
    }
    for (const core::SpotSample& sample : samples.value()) {
        for (const core::SpotItem& item : sample.items) {
            const char* result = item.result == core::SpotResult::Missed      ? "missed"
                                 : item.result == core::SpotResult::Confirmed ? "confirmed"
                                                                              : "pending";
            out.append(QVariantMap{{QStringLiteral("entry"), item.check.entryNumber},
                                   {QStringLiteral("result"), QString::fromLatin1(result)},
                                   {QStringLiteral("field"), item.fieldKey},
                                   {QStringLiteral("before"), item.before},
                                   {QStringLiteral("after"), item.after},
                                   {QStringLiteral("class"), item.correctionClass}});
        }
    }
    return out;
}

QVariantList TestSites::auditEvents(const QString& databasePath, const QString& action) {
    QVariantList out;
    auto session = supervisorAt(databasePath);
    if (!session) {
        return out;
    }
    auto events = session->database().prepare("SELECT actors, subject, details FROM audit_events WHERE action = ?1 "
                                              "ORDER BY seq");
    events.bind(1, action);
    while (events.step()) {
        out.append(QVariantMap{
            {QStringLiteral("actors"), events.text(0)},
            {QStringLiteral("subject"), events.text(1)},
            {QStringLiteral("details"), QJsonDocument::fromJson(events.text(2).toUtf8()).toVariant()},
        });
    }
    return out;
}

QString TestSites::unwritablePath(const QString& fileName) {
    const QString blocker = m_scratch.filePath(QStringLiteral("not-a-folder"));
    if (!QFileInfo::exists(blocker)) {
        writeAll(blocker, QByteArrayLiteral("a file where a folder should be"));
    }
    return blocker + QLatin1Char('/') + fileName;
}

QString TestSites::scratchPath(const QString& fileName) {
    auto folder = std::make_unique<QTemporaryDir>();
    const QString path = folder->filePath(fileName);
    m_copies.push_back(std::move(folder));
    return path;
}

bool TestSites::fileExists(const QString& path) {
    return QFileInfo::exists(path);
}

bool TestSites::makeFolder(const QString& folder) {
    return QDir().mkpath(folder);
}

QStringList TestSites::filesUnder(const QString& folder) {
    QStringList names;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        names.append(QDir(folder).relativeFilePath(it.next()));
    }
    names.sort();
    return names;
}

QString TestSites::fileStart(const QString& path, int bytes) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromLatin1(file.read(bytes));
}

double TestSites::walSize(const QString& databasePath) {
    const QFileInfo wal(databasePath + QStringLiteral("-wal"));
    return wal.exists() ? static_cast<double>(wal.size()) : -1.0;
}

int TestSites::storedDrafts(const QString& databasePath) {
    auto session = supervisorAt(databasePath);
    if (!session) {
        return -1;
    }
    auto drafts = session->database().prepare("SELECT count(*) FROM drafts");
    return drafts.step() ? drafts.integer(0) : -1;
}

QString TestSites::settingsText() {
    m_settings.sync();
    QString text = QString::fromUtf8(readAll(m_settings.fileName()));
    for (const QString& key : m_settings.allKeys()) {
        text += QLatin1Char('\n') + key + QLatin1Char('=') + m_settings.value(key).toString();
    }
    return text;
}

void TestSites::resetSettings() {
    m_settings.clear();
    m_settings.sync();
}

bool TestSites::traceStatements(bool on) {
    core::Session* session = m_context ? m_context->session()->session() : nullptr;
    if (!session) {
        return false;
    }
    if (!on) {
        session->database().traceStatements({});
        return true;
    }
    m_traced.clear();
    session->database().traceStatements([this](std::string_view sql) {
        m_traced.append(QString::fromUtf8(sql.data(), static_cast<qsizetype>(sql.size())));
    });
    return true;
}

QVariantMap TestSites::make(const QString& kind) {
    if (kind == QLatin1String("missing")) {
        return {{QStringLiteral("databasePath"), m_scratch.filePath(QStringLiteral("nowhere/site.db"))},
                {QStringLiteral("userName"), QString::fromLatin1(TestSite::kSupervisor)},
                {QStringLiteral("password"), QString::fromLatin1(TestSite::kSupervisorPassword)}};
    }
    auto site = std::make_unique<TestSite>();
    const core::SitePaths& paths = site->paths();
    QVariantMap described{
        {QStringLiteral("databasePath"), paths.database},
        {QStringLiteral("userName"), QString::fromLatin1(TestSite::kSupervisor)},
        {QStringLiteral("password"), QString::fromLatin1(TestSite::kSupervisorPassword)},
        {QStringLiteral("displayName"), QStringLiteral("Trần Văn Giám")},
        {QStringLiteral("siteName"), QStringLiteral("Phường Phú Cường")},
        {QStringLiteral("recoveryCode"), QString::fromLatin1(site->recoveryCode().chars())},
    };
    bool made = true;
    if (kind == QLatin1String("good")) {
        site->addUser(QString::fromLatin1(kVolunteer), kVolunteerPassword);
        made = addBooks(*site);
        described.insert(QStringLiteral("volunteerName"), QString::fromLatin1(kVolunteer));
        described.insert(QStringLiteral("volunteerPassword"), QString::fromLatin1(kVolunteerPassword));
        described.insert(QStringLiteral("volunteerDisplayName"), QString::fromLatin1(kVolunteer));
    } else if (kind == QLatin1String("hub") || kind == QLatin1String("awardsHub")) {
        auto session = site->signInSupervisor();
        made = session && makeHub(*session, QDateTime::currentDateTimeUtc()) &&
               (kind == QLatin1String("hub") || addAwardsWork(*session));
        described.insert(QStringLiteral("siteName"), QStringLiteral("Tỉnh Đoàn Bình Dương"));
        described.insert(QStringLiteral("provinceName"), QString::fromLatin1(HubAccounts::kProvince));
        described.insert(QStringLiteral("provincePassword"), QString::fromLatin1(HubAccounts::kProvincePassword));
        described.insert(QStringLiteral("districtName"), QString::fromLatin1(HubAccounts::kDistrict));
        described.insert(QStringLiteral("districtPassword"), QString::fromLatin1(HubAccounts::kDistrictPassword));
        described.insert(QStringLiteral("district"), QString::fromUtf8(HubAccounts::kDistrictName));
        described.insert(QStringLiteral("drillCommune"), QString::fromUtf8(HubAccounts::kDrillCommune));
    } else if (kind == QLatin1String("enrolled")) {
        auto hub = std::make_unique<TestSite>(core::SiteKind::Hub);
        site->addUser(QStringLiteral("lan"), TestSite::kLanPassword);
        site->addUser(QStringLiteral("minh"), TestSite::kMinhPassword);
        made =
            site->addBook(1, 500) > 0 && logEntries(*site, 1, 12) && enroll(*site, *hub, m_scratch.filePath(QString()));
        described.insert(QStringLiteral("hubDatabasePath"), hub->paths().database);
        described.insert(QStringLiteral("hubUserName"), QString::fromLatin1(TestSite::kSupervisor));
        described.insert(QStringLiteral("hubPassword"), QString::fromLatin1(TestSite::kSupervisorPassword));
        m_sites[QStringLiteral("enrolled-hub")] = std::move(hub);
    } else if (kind == QLatin1String("errorMapHub")) {
        // Dầu Tiếng/Thanh An logs 24 entries (3 corrected), the first commune of the first district after Dầu Tiếng
        // 40 (7 corrected).
        QString otherPlace;
        for (const core::campaign::District& d : core::campaign::builtInCampaign().districts) {
            if (d.name != QStringLiteral("Dầu Tiếng") && !d.communes.isEmpty()) {
                otherPlace = core::campaign::communePath(d.name, d.communes.front());
                break;
            }
        }
        auto hub = std::make_unique<TestSite>(core::SiteKind::Hub);
        const QString folder = m_scratch.filePath(QStringLiteral("error-map"));
        std::vector<ErrorMapCommune> plan(2);
        plan[0].place = QStringLiteral("Dầu Tiếng/Thanh An");
        plan[0].entries = 24;
        plan[1].place = otherPlace;
        plan[1].entries = 40;
        made = QDir().mkpath(folder) && makeErrorMapHub(*hub, plan, folder, QStringLiteral("dautieng"),
                                                        QStringLiteral("Dầu Tiếng"), m_errorMapCommunes);
        described.insert(QStringLiteral("databasePath"), hub->paths().database);
        described.insert(QStringLiteral("provinceName"), QString::fromLatin1(TestSite::kSupervisor));
        described.insert(QStringLiteral("provincePassword"), QString::fromLatin1(TestSite::kSupervisorPassword));
        described.insert(QStringLiteral("districtName"), QStringLiteral("dautieng"));
        described.insert(QStringLiteral("districtPassword"), QString::fromLatin1(kMapDistrictPassword));
        described.insert(QStringLiteral("district"), QStringLiteral("Dầu Tiếng"));
        described.insert(QStringLiteral("otherPlace"), otherPlace);
        site = std::move(hub); // kept as this kind's site
    } else if (kind == QLatin1String("noKeyring")) {
        made = QFile::remove(paths.keyring);
    } else if (kind == QLatin1String("damagedKeyring")) {
        writeAll(paths.keyring,
                 QByteArrayLiteral("{\"format\": \"doichieu-keyring\", \"version\": 1, \"slots\": [tor"));
    } else if (kind == QLatin1String("tooNew")) {
        auto session = site->signInSupervisor();
        made = session != nullptr;
        if (made) {
            session->database().exec("PRAGMA user_version = " + std::to_string(core::store::latestSchemaVersion() + 1));
            session.reset(); // closes (and checkpoints) the database
        }
    } else if (kind == QLatin1String("corrupt")) {
        made = flipByte(paths.database, 64);
    } else if (kind == QLatin1String("throttled")) {
        core::SignInThrottle throttle(paths.signInState, core::systemClock());
        for (int i = 0; i < core::ThrottlePolicy{}.freeAttempts; ++i) {
            throttle.recordFailure(QString::fromLatin1(TestSite::kSupervisor));
        }
    } else {
        qWarning("TestSites: unknown kind of site '%s'", qPrintable(kind));
        return {};
    }
    if (!made) {
        qWarning("TestSites: could not prepare the '%s' site", qPrintable(kind));
        return {};
    }
    m_sites[kind] = std::move(site);
    return described;
}

} // namespace dc::test
