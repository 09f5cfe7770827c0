// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "tests/support/ProvinceSimulation.h"

#include "core/Error.h"
#include "core/SiteTime.h"
#include "core/campaign/Campaign.h"
#include "core/gateways/HubGateway.h"
#include "core/services/BookService.h"
#include "core/services/BundleService.h"
#include "core/services/EnrollmentService.h"
#include "core/services/LogService.h"
#include "core/services/ReviewService.h"
#include "core/services/SignIn.h"
#include "core/services/SiteSetup.h"
#include "core/services/SpotCheckService.h"
#include "core/services/UserService.h"
#include "core/services/WorkSessionService.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "crypto/Argon2id.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <set>
#include <stdexcept>

namespace dc::test {

using namespace dc::core;

namespace {

// Any refusal is a failure of the simulation: a real workstation or office would not have been refused.
template <typename T> T must(Result<T> result, const char* what) {
    if (!result) {
        throw std::runtime_error(std::string(what) + ": " + errorCodeName(result.error().code) + " " +
                                 result.error().detail.toStdString());
    }
    return std::move(result).value();
}

void must(Result<void> result, const char* what) {
    if (!result) {
        throw std::runtime_error(std::string(what) + ": " + errorCodeName(result.error().code) + " " +
                                 result.error().detail.toStdString());
    }
}

const char* const kFamily[] = {"Nguyễn", "Trần", "Lê",   "Phạm", "Huỳnh", "Hoàng", "Võ",    "Phan",
                               "Trương", "Bùi",  "Đặng", "Đỗ",   "Ngô",   "Hồ",    "Dương", "Lý"};
const char* const kMiddle[] = {"Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Quốc", "Thu", "Bảo", "Đức"};
const char* const kGiven[] = {"Hùng", "Lan",   "Hòa",  "Tuấn",  "Hương", "Dũng", "Phương", "Thảo", "Khoa",  "Yến",
                              "Trí",  "Nhung", "Phúc", "Quyên", "Sơn",   "Vy",   "Đạt",    "Hạnh", "Nghĩa", "Thủy"};

// The two pairs of every commune: user names (ASCII, as accounts are named), display names, passwords strong enough
// for the site's rule.
struct Volunteer {
    const char* user;
    const char* display;
    const char* password;
};
const Volunteer kVolunteers[4] = {{"lan", "Nguyễn Thị Lan", "hoa-sen-no-sang-41"},
                                  {"minh", "Trần Quốc Minh", "trang-len-doi-thong-86"},
                                  {"thao", "Lê Phương Thảo", "mua-xuan-ben-song-be-53"},
                                  {"khoa", "Phạm Đăng Khoa", "cau-ong-lanh-gio-bac-29"}};
constexpr const char* kSupervisorPassword = "song-sai-gon-chay-mai-7";
constexpr const char* kDistrictUser = "huyendoan";
constexpr const char* kDistrictPassword = "huyen-doan-quyet-dinh-2022";

QString pick(std::mt19937& random, const char* const* list, std::size_t size) {
    return QString::fromUtf8(list[random() % size]);
}

// Without tone marks, as an old database often spells a name: "Nguyen Van Hung".
QString withoutTones(const QString& name) {
    QString folded = name.normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar ch : folded) {
        if (ch.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        out += ch == QChar(0x0111) ? QChar('d') : (ch == QChar(0x0110) ? QChar('D') : ch);
    }
    return out;
}

bool chance(std::mt19937& random, int perThousand) {
    return static_cast<int>(random() % 1000) < perThousand;
}

} // namespace

QString SimulationTally::summary() const {
    return QStringLiteral("%1 entries logged: %2 matches, %3 corrected, %4 writing differences only, %5 missing, "
                          "%6 duplicates, %7 escalated; %8 read by the other member; %9 amended, %10 voided; "
                          "review: %11 approved, %12 returned (%13 re-checked), %14 flagged, %15 resolved; "
                          "spot-checks: %16 confirmed, %17 missed; %18 bundles: %19 imported, %20 already imported "
                          "(%21 given twice, %22 a day late, %23 lost); %24 receipts recorded; %25 district decisions, "
                          "%26 recorded back")
        .arg(logged)
        .arg(matches)
        .arg(corrected)
        .arg(writingDifferences)
        .arg(missing)
        .arg(duplicates)
        .arg(escalated)
        .arg(swaps)
        .arg(amended)
        .arg(voided)
        .arg(approved)
        .arg(returned)
        .arg(rechecked)
        .arg(flagged)
        .arg(resolved)
        .arg(spotConfirmed)
        .arg(spotMissed)
        .arg(bundles)
        .arg(imported)
        .arg(alreadyImported)
        .arg(importedTwice)
        .arg(late)
        .arg(lost)
        .arg(receiptsRecorded)
        .arg(districtDecisions)
        .arg(decisionsBack);
}

ProvinceSimulation::ProvinceSimulation(SimulationPlan plan) : m_plan(plan), m_random(plan.seed) {}

ProvinceSimulation::~ProvinceSimulation() = default;

ReportRange ProvinceSimulation::range() const {
    return {m_plan.firstDay, m_plan.firstDay.addDays(m_plan.days)}; // the closing round's day included
}

void ProvinceSimulation::makeHub() {
    m_work = std::make_unique<QTemporaryDir>();
    if (!m_work->isValid()) {
        throw std::runtime_error("cannot create a temporary folder");
    }
    QDir().mkpath(m_work->filePath(QStringLiteral("bundles")));
    QDir().mkpath(m_work->filePath(QStringLiteral("enroll")));
    m_hubSite = std::make_unique<TestSite>(SiteKind::Hub);
    m_hub = m_hubSite->signInSupervisor();
    if (!m_hub) {
        throw std::runtime_error("cannot sign in to the hub");
    }
}

void ProvinceSimulation::makeCommune(int index, const QString& district, const QString& commune) {
    auto c = std::make_unique<SimulatedCommune>();
    c->district = district;
    c->commune = commune;
    c->place = district + QLatin1Char('/') + commune;
    c->dir = std::make_unique<QTemporaryDir>();
    c->database = c->dir->filePath(QStringLiteral("xa.db"));
    c->now = QDateTime(m_plan.firstDay.addDays(-1), QTime(9, 0), Qt::UTC);
    // Every commune but every third records the receipts that come back; the others never do (they send everything
    // again each day).
    c->recordsReceipts = index % 3 != 2;
    SimulatedCommune* self = c.get();
    const Clock clock = [self] { return self->now; };

    SiteSetupRequest request;
    request.databasePath = c->database;
    const QString siteName = QStringLiteral("UBND %1").arg(commune);
    request.siteName = siteName;
    request.adminUserName = QStringLiteral("giamsat");
    request.adminDisplayName = QStringLiteral("Võ Thị Hồng Nhung");
    request.adminPassword = secret(kSupervisorPassword);
    request.kdf = crypto::kArgon2Floor;
    c->siteId = must(createSite(std::move(request)), "site set-up").databaseId;
    c->supervisor = must(SignIn(clock).signIn(c->database, QStringLiteral("giamsat"), secret(kSupervisorPassword)),
                         "supervisor sign-in");
    for (const Volunteer& v : kVolunteers) {
        (void)must(UserService::addUser(*c->supervisor, NewAccount{QString::fromLatin1(v.user),
                                                                   QString::fromUtf8(v.display),
                                                                   Role::Volunteer,
                                                                   secret(v.password),
                                                                   {}}),
                   "volunteer added");
    }
    const int years[2] = {1998, 2003};
    for (int b = 0; b < 2; ++b) {
        c->books[b] =
            must(BookService::createBook(*c->supervisor, NewBook{siteName, RecordType::Birth, QStringLiteral("01"),
                                                                 years[b], years[b], 1, 5000}),
                 "book registered")
                .id;
    }
    for (int p = 0; p < 2; ++p) {
        const Volunteer& first = kVolunteers[2 * p];
        const Volunteer& second = kVolunteers[2 * p + 1];
        c->members[p] = {QString::fromLatin1(first.user), QString::fromLatin1(second.user)};
        auto session =
            must(SignIn(clock).signIn(c->database, c->members[p][0], secret(first.password)), "pair sign-in");
        (void)must(SignIn(clock).addPartner(*session, c->members[p][1], secret(second.password)), "partner sign-in");
        c->pairs[p] = std::move(session);
    }

    // Enrollment, through the real files and fingerprints read out.
    const QString requestFile = m_work->filePath(QStringLiteral("enroll/%1.enroll").arg(index));
    const QString welcomeFile = m_work->filePath(QStringLiteral("enroll/%1.welcome").arg(index));
    auto written = must(EnrollmentService::request(*c->supervisor, requestFile), "enroll request");
    auto accepted = must(EnrollmentService::accept(*m_hub, requestFile, written.fingerprint, c->place, welcomeFile),
                         "enroll accept");
    (void)must(EnrollmentService::finish(*c->supervisor, welcomeFile, accepted.hubFingerprint), "enroll finish");

    m_bySite[c->siteId] = c.get();
    m_communes.push_back(std::move(c));
}

void ProvinceSimulation::logEntry(SimulatedCommune& c, int pair, std::vector<qint64>& logged, bool forceEscalation) {
    Session& session = *c.pairs[pair];
    const int bookIndex = (pair + static_cast<int>(c.now.date().toJulianDay())) % 2;
    const int year = bookIndex == 0 ? 1998 : 2003;
    CheckInput input;
    input.bookId = c.books[bookIndex];
    input.entryNumber = c.nextEntry[bookIndex]++;
    const QDate registered = QDate(year, 1, 2).addDays(static_cast<qint64>(m_random() % 360));
    const QDate born = registered.addDays(-static_cast<qint64>(3 + m_random() % 60));
    input.registrationDate = registered.toString(QStringLiteral("dd/MM/yyyy"));
    const QString name = pick(m_random, kFamily, std::size(kFamily)) + QLatin1Char(' ') +
                         pick(m_random, kMiddle, std::size(kMiddle)) + QLatin1Char(' ') +
                         pick(m_random, kGiven, std::size(kGiven));
    input.subjectName = name;
    input.secondsSpent = 25 + static_cast<int>(m_random() % 90);
    // Now and then the other member reads (the roles swap, as F9 does).
    if (chance(m_random, 80)) {
        input.reader = c.members[pair][m_random() % 2];
        ++m_tally.swaps;
    }
    // The shares of a day's outcomes, as a pair meets them in old birth books.
    // An illegible entry every day (the first one of the second pair's day, at least), then 1.5 % of the others.
    const int roll = forceEscalation ? 185 : static_cast<int>(m_random() % 1000);
    if (roll < 120) {
        input.outcome = Outcome::Corrected;
        ++m_tally.corrected;
        switch (m_random() % 4) {
        case 0:
            input.corrections = {{QStringLiteral("subject.sex"), QStringLiteral("nam"), QStringLiteral("nữ")}};
            break;
        case 1:
            input.corrections = {{QStringLiteral("subject.full_name"), withoutTones(name), name}};
            break;
        case 2: {
            const QDate wrong = born.addYears(-1);
            input.corrections = {{QStringLiteral("subject.birth_date"), wrong.toString(QStringLiteral("dd/MM/yyyy")),
                                  born.toString(QStringLiteral("dd/MM/yyyy"))}};
            break;
        }
        default:
            input.corrections = {
                {QStringLiteral("subject.ethnicity"), QStringLiteral("Hoa"), QStringLiteral("Kinh")},
                {QStringLiteral("subject.full_name"), name.toUpper(), name}}; // and a writing difference
            break;
        }
    } else if (roll < 160) {
        // Only a difference of writing (case): nothing to correct, logged as a match with it kept.
        input.outcome = Outcome::Corrected;
        input.corrections = {{QStringLiteral("subject.full_name"), name.toUpper(), name}};
        ++m_tally.writingDifferences;
    } else if (roll < 180) {
        input.outcome = Outcome::MissingEnteredNew;
        ++m_tally.missing;
    } else if (roll < 185) {
        input.outcome = Outcome::DuplicateInDatabase;
        ++m_tally.duplicates;
    } else if (roll < 200) {
        input.outcome = Outcome::Escalated;
        input.transcript = withoutTones(name).left(4) + QStringLiteral("_* ") + name.right(3);
        ++m_tally.escalated;
    } else {
        ++m_tally.matches;
    }
    c.now = c.now.addSecs(input.secondsSpent + 15);
    LogReceipt receipt = must(LogService::logCheck(session, input, kRules), "check logged");
    ++m_tally.logged;
    // The pair's own mistakes: a match that was a sex error after all (amended), an entry typed twice (voided).
    if (input.outcome == Outcome::Match && chance(m_random, 15)) {
        CheckInput amended = input;
        amended.reader.clear();
        amended.outcome = Outcome::Corrected;
        amended.corrections = {{QStringLiteral("subject.sex"), QStringLiteral("nữ"), QStringLiteral("nam")}};
        c.now = c.now.addSecs(40);
        receipt = must(
            LogService::amendCheck(session, receipt.check.id, amended, QStringLiteral("đọc nhầm giới tính"), kRules),
            "check amended");
        ++m_tally.amended;
    } else if (chance(m_random, 6)) {
        c.now = c.now.addSecs(20);
        (void)must(LogService::voidCheck(session, receipt.check.id, QStringLiteral("nhập trùng số")), "check voided");
        ++m_tally.voided;
        return;
    }
    logged.push_back(receipt.check.id);
}

void ProvinceSimulation::review(SimulatedCommune& c, const std::vector<qint64>& logged) {
    ReviewFilter filter;
    filter.limit = 1000;
    const ReviewPage page = must(ReviewService::queue(*c.supervisor, filter), "review queue");
    const std::set<qint64> today(logged.begin(), logged.end());
    bool firstEscalation = true;
    for (const ReviewItem& item : page.items) {
        if (today.count(item.check.id) == 0) {
            continue; // another pair's, or a re-check (reviewed with the pair that made it)
        }
        c.now = c.now.addSecs(30);
        if (item.check.outcome == Outcome::Escalated) {
            // The first of the day goes to the district; the others: four in ten flagged, five resolved here.
            const int roll = firstEscalation ? 0 : static_cast<int>(m_random() % 10);
            firstEscalation = false;
            if (roll < 4) {
                (void)must(ReviewService::decide(*c.supervisor, item.check.id, ReviewDecision::Flag,
                                                 QStringLiteral("xin ý kiến huyện")),
                           "flag");
                if (c.district == m_districtName) {
                    c.flagged.append(item.check.uuid);
                }
                ++m_tally.flagged;
            } else if (roll < 9) {
                (void)must(ReviewService::decide(*c.supervisor, item.check.id, ReviewDecision::Resolve,
                                                 QStringLiteral("giữ theo sổ gốc"),
                                                 QStringLiteral("đã đối chiếu bản chính")),
                           "resolve");
                ++m_tally.resolved;
            }
            continue;
        }
        const int roll = static_cast<int>(m_random() % 100);
        if (roll < 88) {
            (void)must(ReviewService::decide(*c.supervisor, item.check.id, ReviewDecision::Approve, {}), "approve");
            ++m_tally.approved;
        } else if (roll < 96) {
            (void)must(ReviewService::decide(*c.supervisor, item.check.id, ReviewDecision::Return,
                                             QStringLiteral("xem lại ngày sinh trong sổ")),
                       "return");
            ++m_tally.returned;
        } // else left pending for tomorrow
    }
}

void ProvinceSimulation::recheckReturned(SimulatedCommune& c) {
    for (int p = 0; p < 2; ++p) {
        const auto items = must(ReviewService::returnedToPair(*c.pairs[p]), "returned to the pair");
        for (const ReviewItem& item : items) {
            if (item.state != ReviewState::Returned) {
                continue;
            }
            CheckInput input;
            input.bookId = item.check.bookId;
            input.entryNumber = item.check.entryNumber;
            input.registrationDate = item.check.registrationDate;
            input.subjectName = item.check.subjectName;
            input.outcome = Outcome::Match; // read again: the database was right
            input.secondsSpent = 60;
            c.now = c.now.addSecs(75);
            (void)must(LogService::amendCheck(*c.pairs[p], item.check.id, input, QStringLiteral("kiểm tra lại theo sổ"),
                                              kRules),
                       "re-check");
            ++m_tally.rechecked;
        }
    }
}

void ProvinceSimulation::spotCheck(SimulatedCommune& c) {
    const auto samples = must(SpotCheckService::drawDay(*c.supervisor, sitetime::dayOf(c.now)), "spot-check draw");
    for (const SpotSample& sample : samples) {
        for (const SpotItem& item : sample.items) {
            if (item.result != SpotResult::Pending) {
                continue;
            }
            c.now = c.now.addSecs(90);
            if (chance(m_random, 100)) {
                (void)must(SpotCheckService::missed(
                               *c.supervisor, item.itemId,
                               {QStringLiteral("subject.sex"), QStringLiteral("nam"), QStringLiteral("nữ")}),
                           "spot-check missed");
                ++m_tally.spotMissed;
            } else {
                (void)must(SpotCheckService::confirm(*c.supervisor, item.itemId), "spot-check confirmed");
                ++m_tally.spotConfirmed;
            }
        }
    }
}

QString ProvinceSimulation::exportDay(SimulatedCommune& c) {
    c.now = c.now.addSecs(120);
    const auto written = must(BundleService::exportBundle(*c.supervisor, m_work->filePath(QStringLiteral("bundles")),
                                                          BundleService::kMaxPayloadBytes),
                              "bundle export");
    if (written.size() != 1) {
        throw std::runtime_error("a day's bundle was split");
    }
    c.lastSequence = written[0].sequence;
    c.lastEvent = written[0].lastEvent;
    m_byFile[written[0].file] = &c;
    ++m_tally.bundles;
    return written[0].file;
}

void ProvinceSimulation::workDay(SimulatedCommune& c, int day) {
    // Site day `day`: the pairs start at 07:30 (UTC+7), the two pairs' entries interleaved.
    c.now = QDateTime(m_plan.firstDay.addDays(day), QTime(0, 30), Qt::UTC);
    for (int p = 0; p < 2; ++p) {
        Session& session = *c.pairs[p];
        if (session.workSessionId()) {
            (void)must(WorkSessionService::end(session), "work session ended");
        }
        (void)must(WorkSessionService::start(session, session.user().id), "work session started");
    }
    recheckReturned(c);
    std::array<std::vector<qint64>, 2> logged;
    for (int n = 0; n < m_plan.entriesPerPair; ++n) {
        for (int p = 0; p < 2; ++p) {
            logEntry(c, p, logged[p], p == 1 && n == 0);
        }
    }
    std::vector<qint64> both = logged[0];
    both.insert(both.end(), logged[1].begin(), logged[1].end());
    review(c, both);
    spotCheck(c);
}

void ProvinceSimulation::importFiles(const QStringList& files) {
    const auto results = must(ImportService::importFiles(*m_hub, files), "bundle import");
    QStringList receipts;
    for (const ImportedFile& f : results) {
        if (f.status == QLatin1String("imported")) {
            ++m_tally.imported;
        } else if (f.status == QLatin1String("already-imported")) {
            ++m_tally.alreadyImported;
        } else {
            throw std::runtime_error("a simulated bundle was " + f.status.toStdString() + " (" +
                                     f.reason.toStdString() + "): " + f.message.toStdString());
        }
        if (!f.receipt.isEmpty() && !receipts.contains(f.receipt)) {
            receipts.append(f.receipt);
        }
    }
    for (const QString& receipt : receipts) {
        // The receipt names the commune's site; the file it came from tells which workstation it goes back to.
        SimulatedCommune* c = nullptr;
        for (const ImportedFile& f : results) {
            if (f.receipt == receipt) {
                c = m_byFile[f.file];
            }
        }
        if (c == nullptr || !c->recordsReceipts) {
            continue;
        }
        const RecordedReceipt recorded =
            must(BundleService::recordReceipt(*c->supervisor, receipt), "receipt recorded");
        if (!recorded.alreadyRecorded) {
            ++m_tally.receiptsRecorded;
            m_tally.decisionsBack += recorded.decisions;
        }
    }
}

void ProvinceSimulation::decideFlagged() {
    for (auto& c : m_communes) {
        if (c->district != m_districtName) {
            continue;
        }
        QStringList waiting;
        for (const QString& check : c->flagged) {
            const bool approve = (m_random() % 3) != 0;
            auto decided = ImportService::decide(
                *m_district, check, approve ? QStringLiteral("approve") : QStringLiteral("reject"),
                approve ? QStringLiteral("đúng theo bản chính") : QStringLiteral("giữ nguyên, chờ xác minh"));
            if (decided) {
                ++c->districtDecisions;
                ++m_tally.districtDecisions;
            } else {
                waiting.append(check); // its bundle has not reached the hub yet
            }
        }
        c->flagged = waiting;
    }
}

void ProvinceSimulation::closingRound() {
    for (auto& c : m_communes) {
        c->now = QDateTime(m_plan.firstDay.addDays(m_plan.days), QTime(1, 0), Qt::UTC);
        const QString file = exportDay(*c);
        importFiles({file});
    }
}

void ProvinceSimulation::run() {
    makeHub();
    const campaign::Campaign& campaign = campaign::builtInCampaign();
    // One commune of each district first, then the second of each, …: the default run covers every district.
    std::vector<std::pair<QString, QString>> order;
    for (int round = 0; static_cast<int>(order.size()) < m_plan.communes; ++round) {
        bool any = false;
        for (const campaign::District& d : campaign.districts) {
            if (round < d.communes.size() && static_cast<int>(order.size()) < m_plan.communes) {
                order.emplace_back(d.name, d.communes[round]);
                any = true;
            }
        }
        if (!any) {
            throw std::runtime_error("the plan asks for more communes than the campaign has");
        }
    }
    for (std::size_t i = 0; i < order.size(); ++i) {
        makeCommune(static_cast<int>(i), order[i].first, order[i].second);
    }
    // The district account of the first commune's district decides its flagged entries.
    m_districtName = m_communes.front()->district;
    (void)must(UserService::addUser(*m_hub, NewAccount{QString::fromLatin1(kDistrictUser),
                                                       QStringLiteral("Huyện Đoàn %1").arg(m_districtName),
                                                       Role::District, secret(kDistrictPassword), m_districtName}),
               "district account");
    m_district = m_hubSite->signIn(QString::fromLatin1(kDistrictUser), kDistrictPassword);
    if (!m_district) {
        throw std::runtime_error("cannot sign in the district account");
    }

    QElapsedTimer clock;
    clock.start();
    auto progress = [&](const QString& what) {
        if (m_plan.progress) {
            std::fprintf(stderr, "simulation: %s after %.0f s\n", qPrintable(what), clock.elapsed() / 1000.0);
        }
    };
    progress(QStringLiteral("%1 communes enrolled").arg(m_communes.size()));
    QStringList late; // bundles that reach the hub a day late
    for (int day = 0; day < m_plan.days; ++day) {
        QStringList today;
        for (auto& c : m_communes) {
            workDay(*c, day);
            today.append(exportDay(*c));
        }
        // One USB stick is lost on the first day (commune 2, which records receipts: its next bundle carries
        // everything again); the file turns up at the end.
        if (day == 0 && m_communes.size() > 1) {
            const QString lost = today.at(1);
            m_lostFile = m_work->filePath(QStringLiteral("found-again.bundle"));
            if (!QFile::copy(lost, m_lostFile) || !QFile::remove(lost)) {
                throw std::runtime_error("cannot move the lost bundle");
            }
            m_byFile[m_lostFile] = m_communes[1].get();
            today.removeAt(1);
            ++m_tally.lost;
        }
        QStringList round = late;
        late.clear();
        const QString alwaysLate = today.size() > 2 ? today.at((2 + day) % today.size()) : QString();
        for (const QString& file : today) {
            if (day + 1 < m_plan.days && (file == alwaysLate || chance(m_random, 150))) {
                late.append(file);
                ++m_tally.late;
            } else {
                round.append(file);
            }
        }
        std::shuffle(round.begin(), round.end(), m_random);
        // Some files are given twice (a second copy of the same stick), later in the same round: the round's first
        // file always, others one in ten.
        if (!round.isEmpty()) {
            round.append(round.front());
            ++m_tally.importedTwice;
        }
        const int count = static_cast<int>(round.size()) - 1;
        for (int i = 0; i < count; ++i) {
            if (chance(m_random, 100)) {
                round.insert(i + static_cast<int>(m_random() % (round.size() - i)) + 1, round.at(i));
                ++m_tally.importedTwice;
            }
        }
        // The office imports a few files at a time.
        for (int at = 0; at < round.size();) {
            const int n = std::min(static_cast<int>(1 + m_random() % 6), static_cast<int>(round.size()) - at);
            importFiles(round.mid(at, n));
            at += n;
        }
        decideFlagged();
        progress(QStringLiteral("day %1 of %2").arg(day + 1).arg(m_plan.days));
    }
    closingRound();
    decideFlagged();
    if (!m_lostFile.isEmpty()) {
        importFiles({m_lostFile});
    }
}

void ProvinceSimulation::expectSame(QStringList& out, const QString& what, qint64 hub, qint64 workstation) {
    if (hub != workstation) {
        out.append(QStringLiteral("%1: hub %2, workstation %3").arg(what).arg(hub).arg(workstation));
    }
}

QStringList ProvinceSimulation::compareEachCommune(const Comparison& comparison) {
    QStringList out;
    const auto status = must(ImportService::status(*m_hub), "hub status");
    const auto board = must(HubBoardService::board(*m_hub, &campaign::builtInCampaign()), "province board");
    for (auto& c : m_communes) {
        HubView view;
        const auto row =
            std::find_if(status.begin(), status.end(), [&](const HubCommune& r) { return r.site == c->siteId; });
        if (row == status.end()) {
            out.append(c->place + QStringLiteral(": not in hub status"));
            continue;
        }
        view.status = *row;
        bool onBoard = false;
        for (const BoardDistrict& d : board.districts) {
            for (const BoardCommune& bc : d.communes) {
                if (bc.site == c->siteId) {
                    view.board = bc;
                    onBoard = true;
                }
            }
        }
        if (!onBoard) {
            out.append(c->place + QStringLiteral(": not on the board"));
            continue;
        }
        view.detail = must(HubBoardService::commune(*m_hub, c->siteId, &campaign::builtInCampaign()), "commune page");
        QStringList found;
        comparison(*this, *c, view, found);
        for (const QString& line : found) {
            out.append(c->place + QStringLiteral(": ") + line);
        }
    }
    return out;
}

namespace {

// The workstation's own figures, from its reports and log (as its supervisor sees them).
struct OwnFigures {
    ProgressReport progress;
    CorrectionsReport corrections;
    qint64 corrected = 0;
    qint64 escalationsOpen = 0;
};

OwnFigures ownFigures(ProvinceSimulation& simulation, SimulatedCommune& c) {
    OwnFigures own;
    own.progress = must(ReportService::progress(*c.supervisor, simulation.range()), "progress report");
    own.corrections = must(ReportService::corrections(*c.supervisor, simulation.range()), "corrections report");
    for (const auto& book : must(ReviewService::overview(*c.supervisor), "review overview").books) {
        own.corrected += book.corrected;
    }
    for (const CheckHistory& h : must(LogService::listChecks(*c.supervisor, {}), "the log")) {
        own.escalationsOpen += h.current.outcome == Outcome::Escalated ? 1 : 0;
    }
    return own;
}

void compareStatus(ProvinceSimulation& simulation, SimulatedCommune& c, const HubView& hub, QStringList& out) {
    const OwnFigures own = ownFigures(simulation, c);
    const HubCommune& s = hub.status;
    ProvinceSimulation::expectSame(out, QStringLiteral("status entries"), s.entries, own.progress.total);
    ProvinceSimulation::expectSame(out, QStringLiteral("status corrections"), s.corrections,
                                   own.corrections.errorsFound);
    ProvinceSimulation::expectSame(out, QStringLiteral("status writing differences"), s.writingDifferences,
                                   own.corrections.writingDifferences);
    ProvinceSimulation::expectSame(out, QStringLiteral("status open escalations"), s.escalationsOpen,
                                   own.escalationsOpen);
    ProvinceSimulation::expectSame(out, QStringLiteral("status sequence"), s.sequence, c.lastSequence);
    ProvinceSimulation::expectSame(out, QStringLiteral("status checkpoint"), s.checkpointSize, c.lastEvent);
    if (s.district != c.district || s.commune != c.commune) {
        out.append(QStringLiteral("status names another commune: %1/%2").arg(s.district, s.commune));
    }
    for (const HubAlarm& alarm : s.alarms) {
        out.append(QStringLiteral("alarm %1: %2").arg(alarm.kind, alarm.message));
    }
    if (own.progress.total == 0) {
        out.append(QStringLiteral("the workstation logged nothing"));
    }
}

void compareBoard(ProvinceSimulation& simulation, SimulatedCommune& c, const HubView& hub, QStringList& out) {
    const OwnFigures own = ownFigures(simulation, c);
    const BoardFigures& f = hub.board.figures;
    ProvinceSimulation::expectSame(out, QStringLiteral("board entries"), f.entries, own.progress.total);
    ProvinceSimulation::expectSame(out, QStringLiteral("board corrected"), f.corrected, own.corrected);
    ProvinceSimulation::expectSame(out, QStringLiteral("board corrections"), f.corrections,
                                   own.corrections.errorsFound);
    ProvinceSimulation::expectSame(out, QStringLiteral("board writing differences"), f.writingDifferences,
                                   own.corrections.writingDifferences);
    ProvinceSimulation::expectSame(out, QStringLiteral("board open escalations"), f.escalationsOpen,
                                   own.escalationsOpen);
    ProvinceSimulation::expectSame(out, QStringLiteral("board alarms"), f.alarms.total(), 0);
    ProvinceSimulation::expectSame(out, QStringLiteral("board last sequence"), hub.board.lastSequence, c.lastSequence);
    ProvinceSimulation::expectSame(out, QStringLiteral("commune page entries"), hub.detail.commune.figures.entries,
                                   own.progress.total);
    qint64 books = 0;
    for (const HubBookRow& b : hub.detail.books) {
        books += b.entries;
    }
    ProvinceSimulation::expectSame(out, QStringLiteral("commune page books' entries"), books, own.progress.total);
    // Day by day, as the progress report counts them: the commune page's days and the hub's daily counts.
    std::map<QDate, qint64> pageDays;
    for (const DistrictDay& d : hub.detail.perDay) {
        pageDays[d.day] += d.entries;
    }
    std::map<QDate, qint64> dailyDays;
    for (const auto& d : gateways::HubGateway(simulation.hub().database()).daily(c.siteId)) {
        dailyDays[QDate::fromString(d.day, Qt::ISODate)] += d.logged;
    }
    for (const auto& d : own.progress.days) {
        const QString day = d.day.toString(Qt::ISODate);
        ProvinceSimulation::expectSame(out, QStringLiteral("commune page %1").arg(day), pageDays[d.day], d.logged);
        ProvinceSimulation::expectSame(out, QStringLiteral("hub daily %1").arg(day), dailyDays[d.day], d.logged);
    }
}

// Per volunteer: the entries they read or checked (the volunteers report) against the hub's daily counts of the pairs
// they were in; per pair: the real corrections of its entries (credited to each entry's checker) against the same.
void compareVolunteers(ProvinceSimulation& simulation, SimulatedCommune& c, const HubView&, QStringList& out) {
    const auto report = must(ReportService::volunteers(*c.supervisor, simulation.range(), false), "volunteers report");
    std::map<QString, const VolunteersReport::Row*> rows;
    for (const auto& row : report.rows) {
        rows[row.userName] = &row;
    }
    auto s = simulation.hub().database().prepare(
        "SELECT u.user_name, coalesce(sum(d.logged), 0), coalesce(sum(d.corrections), 0) FROM hub_users u "
        "JOIN hub_daily d ON d.site_uuid = u.site_uuid AND (d.first_user = u.uuid OR d.second_user = u.uuid) "
        "WHERE u.site_uuid = ?1 GROUP BY u.user_name");
    s.bind(1, c.siteId);
    std::map<QString, std::pair<qint64, qint64>> hub;
    while (s.step()) {
        hub[s.text(0)] = {s.int64(1), s.int64(2)};
    }
    for (const auto& pair : c.members) {
        qint64 pairCorrections = 0;
        for (const QString& member : pair) {
            const auto* row = rows[member];
            const qint64 own = row == nullptr ? 0 : row->read + row->checked;
            ProvinceSimulation::expectSame(out, QStringLiteral("%1's entries read or checked").arg(member),
                                           hub[member].first, own);
            pairCorrections += row == nullptr ? 0 : row->corrections;
        }
        ProvinceSimulation::expectSame(out, QStringLiteral("corrections of the pair %1 + %2").arg(pair[0], pair[1]),
                                       hub[pair[0]].second, pairCorrections);
    }
}

// The spot-checks decided at the workstation (its miss rates) against the results the hub received.
void compareSpotChecks(ProvinceSimulation& simulation, SimulatedCommune& c, const HubView&, QStringList& out) {
    const ReportRange range = simulation.range();
    const auto rates = must(SpotCheckService::missRates(*c.supervisor, range.from, range.to), "miss rates");
    qint64 sampled = 0;
    qint64 missed = 0;
    for (const MissRate& pair : rates.pairs) {
        sampled += pair.sampled;
        missed += pair.missed;
    }
    auto s = simulation.hub().database().prepare(
        "SELECT count(*), coalesce(sum(r.result = 'missed'), 0) FROM hub_spot_results r "
        "JOIN hub_spot_items i ON i.uuid = r.item_uuid JOIN hub_spot_samples p ON p.uuid = i.sample_uuid "
        "WHERE p.site_uuid = ?1");
    s.bind(1, c.siteId);
    (void)s.step();
    ProvinceSimulation::expectSame(out, QStringLiteral("spot-checks decided"), s.int64(0), sampled);
    ProvinceSimulation::expectSame(out, QStringLiteral("spot-checks missed"), s.int64(1), missed);
}

// The district's decisions on flagged entries, back at a workstation that records its receipts.
void compareDecisions(ProvinceSimulation& simulation, SimulatedCommune& c, const HubView&, QStringList& out) {
    if (c.district != simulation.districtName()) {
        return;
    }
    if (!c.flagged.isEmpty()) {
        out.append(QStringLiteral("%1 flagged entries never reached the district").arg(c.flagged.size()));
    }
    if (!c.recordsReceipts) {
        return;
    }
    auto s = c.supervisor->database().prepare("SELECT count(*) FROM district_decisions");
    (void)s.step();
    ProvinceSimulation::expectSame(out, QStringLiteral("district decisions"), c.districtDecisions, s.int64(0));
}

// The four reports made at the hub for the commune (ReportService with a scope, as the province account) against the
// workstation's own, row by row: over the whole simulation, its first day and its last day.
void compareReports(ProvinceSimulation& simulation, SimulatedCommune& c, const HubView&, QStringList& out) {
    const ReportScope scope{c.district, c.commune};
    const ReportRange whole = simulation.range();
    const ReportRange ranges[] = {whole, {whole.from, whole.from}, {whole.to.addDays(-1), whole.to.addDays(-1)}};
    for (const ReportRange& range : ranges) {
        const QString when =
            QStringLiteral("%1..%2: ").arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate));
        auto differ = [&](const QString& what) { out.append(when + what + QStringLiteral(" differs")); };

        const auto ownProgress = must(ReportService::progress(*c.supervisor, range), "progress report");
        const auto hubProgress = must(ReportService::progress(simulation.hub(), scope, range), "progress at the hub");
        ProvinceSimulation::expectSame(out, when + QStringLiteral("progress total"), hubProgress.total,
                                       ownProgress.total);
        if (hubProgress.rows.size() != ownProgress.rows.size()) {
            differ(QStringLiteral("the progress report's rows"));
        } else {
            for (std::size_t i = 0; i < ownProgress.rows.size(); ++i) {
                const auto& a = hubProgress.rows[i];
                const auto& b = ownProgress.rows[i];
                if (a.day != b.day || a.book != b.book || a.logged != b.logged) {
                    differ(QStringLiteral("progress row %1").arg(i));
                }
            }
        }

        const auto ownCorrections = must(ReportService::corrections(*c.supervisor, range), "corrections report");
        const auto hubCorrections =
            must(ReportService::corrections(simulation.hub(), scope, range), "corrections at the hub");
        auto correctionRows = [](const CorrectionsReport& r) {
            std::vector<std::tuple<QString, QString, bool, int>> rows;
            for (const auto& row : r.rows) {
                rows.emplace_back(row.fieldKey, row.correctionClass, row.writingDifference, row.count);
            }
            std::sort(rows.begin(), rows.end());
            return rows;
        };
        if (correctionRows(hubCorrections) != correctionRows(ownCorrections)) {
            differ(QStringLiteral("the corrections report"));
        }

        const auto ownVolunteers = must(ReportService::volunteers(*c.supervisor, range, false), "volunteers report");
        const auto hubVolunteers =
            must(ReportService::volunteers(simulation.hub(), scope, range, false), "volunteers at the hub");
        auto volunteerRows = [](const VolunteersReport& r) {
            std::map<QString, std::vector<int>> rows;
            for (const auto& row : r.rows) {
                rows[row.userName] = {row.read,    row.checked,     row.corrections, row.rechecks,
                                      row.returns, row.spotSampled, row.spotMissed};
            }
            return rows;
        };
        const auto hubRows = volunteerRows(hubVolunteers);
        for (const auto& [name, figures] : volunteerRows(ownVolunteers)) {
            const auto found = hubRows.find(name);
            if (found == hubRows.end() || found->second != figures) {
                differ(QStringLiteral("the volunteers report's row of %1").arg(name));
            }
        }

        const auto ownSpots = must(ReportService::spotChecks(*c.supervisor, range, false), "spot-checks report");
        const auto hubSpots =
            must(ReportService::spotChecks(simulation.hub(), scope, range, false), "spot-checks at the hub");
        auto rates = [](const std::vector<MissRate>& list) {
            std::map<QString, std::pair<int, int>> rows;
            for (const MissRate& r : list) {
                rows[r.who] = {r.sampled, r.missed};
            }
            return rows;
        };
        if (rates(hubSpots.rates.pairs) != rates(ownSpots.rates.pairs) ||
            rates(hubSpots.rates.volunteers) != rates(ownSpots.rates.volunteers)) {
            differ(QStringLiteral("the spot-check rates"));
        }
        ProvinceSimulation::expectSame(out, when + QStringLiteral("spot-check misses"),
                                       static_cast<qint64>(hubSpots.misses.size()),
                                       static_cast<qint64>(ownSpots.misses.size()));
    }
}

} // namespace

std::vector<ProvinceSimulation::Comparison> ProvinceSimulation::standardComparisons() {
    return {compareStatus, compareBoard, compareVolunteers, compareSpotChecks, compareDecisions, compareReports};
}

QStringList ProvinceSimulation::compareDistricts() {
    QStringList out;
    const auto board = must(HubBoardService::board(*m_hub, &campaign::builtInCampaign()), "province board");
    std::map<QString, BoardFigures> own;
    BoardFigures province;
    for (auto& c : m_communes) {
        const OwnFigures figures = ownFigures(*this, *c);
        BoardFigures f;
        f.entries = figures.progress.total;
        f.corrected = figures.corrected;
        f.corrections = figures.corrections.errorsFound;
        f.writingDifferences = figures.corrections.writingDifferences;
        f.escalationsOpen = figures.escalationsOpen;
        own[c->district] += f;
        province += f;
    }
    auto same = [&](const QString& who, const BoardFigures& hub, const BoardFigures& ws) {
        expectSame(out, who + QStringLiteral(" entries"), hub.entries, ws.entries);
        expectSame(out, who + QStringLiteral(" corrected"), hub.corrected, ws.corrected);
        expectSame(out, who + QStringLiteral(" corrections"), hub.corrections, ws.corrections);
        expectSame(out, who + QStringLiteral(" writing differences"), hub.writingDifferences, ws.writingDifferences);
        expectSame(out, who + QStringLiteral(" open escalations"), hub.escalationsOpen, ws.escalationsOpen);
        expectSame(out, who + QStringLiteral(" alarms"), hub.alarms.total(), 0);
    };
    for (const BoardDistrict& d : board.districts) {
        same(d.name, d.figures, own[d.name]);
        BoardFigures communes;
        for (const BoardCommune& bc : d.communes) {
            communes += bc.figures;
        }
        expectSame(out, d.name + QStringLiteral(": its communes' entries summed"), d.figures.entries, communes.entries);
    }
    same(QStringLiteral("province"), board.figures, province);
    return out;
}

} // namespace dc::test
