// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "tests/bench/ProvinceGenerator.h"

#include "core/Bytes.h"
#include "core/Clock.h"
#include "core/SiteTime.h"
#include "core/Uuid.h"
#include "core/audit/AuditLog.h"
#include "core/audit/Checkpoint.h"
#include "core/campaign/Campaign.h"
#include "core/domain/CorrectionClass.h"
#include "core/domain/EntrySchema.h"
#include "core/domain/RecordType.h"
#include "core/exchange/BundlePayload.h"
#include "core/exchange/Envelope.h"
#include "core/exchange/Headers.h"
#include "core/keyring/SiteKeys.h"
#include "core/services/BundleService.h"
#include "core/services/CheckLog.h"
#include "crypto/Encoding.h"
#include "tests/bench/SyntheticEnrollment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace dc::bench {

namespace {

namespace audit = core::audit;
namespace exchange = core::exchange;
using core::Outcome;
using core::domain::RecordType;

// SplitMix64: small, fast and the same on every platform and standard library (std's distributions are not).
class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31U);
    }
    // [0, n)
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    // true with probability p (per mille)
    bool permille(int p) { return below(1000) < p; }
    template <typename T> const T& pick(const std::vector<T>& items) {
        return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
    }
    QString uuid() {
        std::array<std::uint8_t, 16> b{};
        for (int i = 0; i < 16; i += 8) {
            const std::uint64_t v = next();
            for (int k = 0; k < 8; ++k) {
                b[static_cast<std::size_t>(i + k)] = static_cast<std::uint8_t>(v >> (8U * static_cast<unsigned>(k)));
            }
        }
        b[6] = static_cast<std::uint8_t>((b[6] & 0x0FU) | 0x40U);
        b[8] = static_cast<std::uint8_t>((b[8] & 0x3FU) | 0x80U);
        const std::string hex = crypto::toHex(b);
        return QString::fromLatin1(hex.substr(0, 8) + '-' + hex.substr(8, 4) + '-' + hex.substr(12, 4) + '-' +
                                   hex.substr(16, 4) + '-' + hex.substr(20, 12));
    }
    // A row's UUID as a workstation makes it (core/Uuid.h: version 7, the row's time first), at `at` (stored time).
    QString rowUuid(const QString& at) {
        const std::uint64_t a = next();
        return core::rowUuidAt(QDateTime::fromString(at, Qt::ISODate).toMSecsSinceEpoch(), a, next());
    }
    crypto::SecureBuffer secret32() {
        std::array<std::uint8_t, 32> b{};
        for (int i = 0; i < 32; i += 8) {
            const std::uint64_t v = next();
            for (int k = 0; k < 8; ++k) {
                b[static_cast<std::size_t>(i + k)] = static_cast<std::uint8_t>(v >> (8U * static_cast<unsigned>(k)));
            }
        }
        return crypto::SecureBuffer::copyOf(std::span<const std::uint8_t>(b));
    }

private:
    std::uint64_t m_state;
};

// The names data file (tests/bench/data/vietnamese-names.json).
struct Names {
    std::vector<QString> families;
    std::vector<double> cumulative; // shares, summed
    std::vector<QString> middleMale, middleFemale, givenMale, givenFemale;

    static const Names& get() {
        static const Names names = load();
        return names;
    }
    static Names load() {
        QFile file(QStringLiteral(DOICHIEU_BENCH_DATA_DIR "/vietnamese-names.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            throw std::runtime_error("cannot read tests/bench/data/vietnamese-names.json");
        }
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        Names n;
        double sum = 0;
        for (const QJsonValue& v : root.value(QLatin1String("families")).toArray()) {
            n.families.push_back(v.toArray().at(0).toString());
            sum += v.toArray().at(1).toDouble();
            n.cumulative.push_back(sum);
        }
        const auto list = [](const QJsonValue& v) {
            std::vector<QString> out;
            for (const QJsonValue& s : v.toArray()) {
                out.push_back(s.toString());
            }
            return out;
        };
        const QJsonObject middle = root.value(QLatin1String("middle")).toObject();
        const QJsonObject given = root.value(QLatin1String("given")).toObject();
        n.middleMale = list(middle.value(QLatin1String("male")));
        n.middleFemale = list(middle.value(QLatin1String("female")));
        n.givenMale = list(given.value(QLatin1String("male")));
        n.givenFemale = list(given.value(QLatin1String("female")));
        if (n.families.empty() || n.middleMale.empty() || n.givenFemale.empty()) {
            throw std::runtime_error("the names data file is incomplete");
        }
        return n;
    }
    QString family(Random& r) const {
        const double x = static_cast<double>(r.next() % 1000000) / 1000000.0 * cumulative.back();
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), x);
        return families[static_cast<std::size_t>(
            std::min<std::ptrdiff_t>(it - cumulative.begin(), static_cast<std::ptrdiff_t>(families.size()) - 1))];
    }
    QString person(Random& r, bool female) const {
        return family(r) + u' ' + r.pick(female ? middleFemale : middleMale) + u' ' +
               r.pick(female ? givenFemale : givenMale);
    }
};

struct Person {
    QString uuid;
    QString userName;
    QString displayName;
    bool supervisor = false;
};

struct Book {
    QString uuid;
    RecordType type = RecordType::Birth;
    QString number;
    int year = 0;
    int lastEntry = 0;
    int next = 1;
    QString createdAt;
    QString closedAt;
};

// A first check that may be amended or voided on a later day.
struct Logged {
    QString uuid;
    int book = 0;
    int entry = 0;
    QString registrationDate;
    QString subjectName;
    QString schemaVersion;
    bool superseded = false;
};

QString timeAt(const QDate& day, int siteMinutes) {
    // Site time is UTC+7 (core/SiteTime): minutes after the site's midnight.
    const QDateTime local(day, QTime(0, 0), QTimeZone(7 * 3600));
    return core::toStoredTime(local.addSecs(static_cast<qint64>(siteMinutes) * 60));
}

QString twoDigits(int n) {
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString date(int d, int m, int y) {
    return twoDigits(d) + u'/' + twoDigits(m) + u'/' + QString::number(y);
}

// Old and new tone placement (hoà / hòa): a writing difference.
QString oldTonePlacement(const QString& name) {
    static const std::pair<const char16_t*, const char16_t*> kPairs[] = {
        {u"òa", u"oà"}, {u"óa", u"oá"}, {u"ỏa", u"oả"}, {u"õa", u"oã"}, {u"ọa", u"oạ"},
        {u"ùy", u"uỳ"}, {u"úy", u"uý"}, {u"ủy", u"uỷ"}, {u"ũy", u"uỹ"}, {u"ụy", u"uỵ"}};
    QString out = name;
    for (const auto& [from, to] : kPairs) {
        out.replace(QString::fromUtf16(from), QString::fromUtf16(to));
    }
    return out;
}

QString withoutMarks(const QString& name) {
    QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            out.append(c == u'đ' ? u'd' : (c == u'Đ' ? u'D' : c));
        }
    }
    return out.normalized(QString::NormalizationForm_C);
}

struct Site {
    int index = 0;
    core::campaign::Commune commune;
    QString uuid;
    crypto::SecureBuffer signingSeed;
    crypto::Ed25519PublicKey signingPublic{};
    crypto::X25519PublicKey boxPublic{};
    QString keyId;
    std::int64_t epoch = 1;
    std::vector<Person> people; // [0] the supervisor
    std::vector<Book> books;
    audit::Event head;
    std::vector<audit::Event> pending; // events since the last bundle
    std::int64_t sequence = 0;
    QString previousBundle;
    std::vector<Logged> yesterday;
    std::vector<int> dayQuota;
    std::uint64_t seed = 0;
};

// The events a workstation appends, hashed with core's audit::eventHash onto the site's head.
void append(Site& site, const QString& at, const QStringList& actors, const QString& action, const QString& subject,
            const QJsonObject& details) {
    audit::Event e;
    e.seq = site.head.seq + 1;
    e.at = at;
    e.site = site.uuid;
    e.actors = actors.join(u',');
    e.action = action;
    e.subject = subject;
    e.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    e.prevHash = site.head.hash;
    e.hash = audit::eventHash(e);
    site.head = e;
    site.pending.push_back(std::move(e));
}

QJsonObject userRow(const Person& p, const QString& createdAt) {
    return {{QStringLiteral("uuid"), p.uuid},
            {QStringLiteral("userName"), p.userName},
            {QStringLiteral("displayName"), p.displayName},
            {QStringLiteral("role"), p.supervisor ? QStringLiteral("supervisor") : QStringLiteral("volunteer")},
            {QStringLiteral("active"), true},
            {QStringLiteral("createdAt"), createdAt},
            {QStringLiteral("removedAt"), QJsonValue::Null}};
}

QJsonObject bookRow(const Book& b) {
    return {{QStringLiteral("uuid"), b.uuid},
            {QStringLiteral("recordType"), core::domain::recordTypeKey(b.type)},
            {QStringLiteral("bookNumber"), b.number},
            {QStringLiteral("yearFrom"), b.year},
            {QStringLiteral("yearTo"), b.year},
            {QStringLiteral("firstEntry"), 1},
            {QStringLiteral("lastEntry"), b.lastEntry},
            {QStringLiteral("status"), b.closedAt.isEmpty() ? QStringLiteral("open") : QStringLiteral("closed")},
            {QStringLiteral("createdAt"), b.createdAt},
            {QStringLiteral("closedAt"), b.closedAt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(b.closedAt)}};
}

// Makes a site: its keys and people from the seed, and the events of its set-up (site created, users added).
Site makeSite(const GeneratorOptions& options, int index, const core::campaign::Commune& commune) {
    Site s;
    s.index = index;
    s.commune = commune;
    s.seed = options.seed * 1000003ULL + static_cast<std::uint64_t>(index) * 7919ULL + 1;
    Random r(s.seed);
    s.uuid = r.uuid();
    s.signingSeed = r.secret32();
    s.signingPublic = crypto::ed25519PublicKey(s.signingSeed);
    const crypto::SecureBuffer box = r.secret32();
    s.boxPublic = crypto::x25519PublicKey(box);
    s.keyId = core::keyring::keyIdOf(s.signingPublic, s.boxPublic);
    const Names& names = Names::get();
    const int volunteers = r.between(6, 8);
    for (int i = 0; i <= volunteers; ++i) {
        const bool female = r.permille(560);
        Person p;
        p.uuid = r.uuid();
        p.displayName = names.person(r, female);
        const QString given = withoutMarks(p.displayName.section(u' ', -1)).toLower();
        p.userName = i == 0 ? QStringLiteral("giamsat") : given + QString::number(i);
        p.supervisor = i == 0;
        s.people.push_back(std::move(p));
    }
    const QDate setupDay = options.firstDay.addDays(-2);
    const QString at = timeAt(setupDay, 9 * 60);
    append(s, at, {s.people[0].uuid}, QStringLiteral("site.created"), s.uuid, {{QStringLiteral("name"), commune.name}});
    for (std::size_t i = 0; i < s.people.size(); ++i) {
        append(s, timeAt(setupDay, 9 * 60 + 5 + static_cast<int>(i)), {s.people[0].uuid}, QStringLiteral("user.added"),
               s.people[i].uuid,
               {{QStringLiteral("role"),
                 s.people[i].supervisor ? QStringLiteral("supervisor") : QStringLiteral("volunteer")}});
    }
    return s;
}

// Per day, the checks of each commune: the site's share of the total, spread over the days with some variation,
// never more than maxPerDay.
void planDays(const GeneratorOptions& options, int days, std::vector<Site>& sites) {
    const std::int64_t perSiteBase = options.checks / static_cast<std::int64_t>(sites.size());
    const std::int64_t extra = options.checks % static_cast<std::int64_t>(sites.size());
    for (Site& s : sites) {
        Random r(s.seed ^ 0xDA75ULL);
        const std::int64_t total = perSiteBase + (s.index < extra ? 1 : 0);
        s.dayQuota.assign(static_cast<std::size_t>(days), static_cast<int>(total / days));
        for (int d = 0; d < static_cast<int>(total % days); ++d) {
            ++s.dayQuota[static_cast<std::size_t>(d)];
        }
        for (int d = 0; d + 1 < days; d += 2) {
            int& a = s.dayQuota[static_cast<std::size_t>(d)];
            int& b = s.dayQuota[static_cast<std::size_t>(d + 1)];
            const int room = std::min({a / 5, options.maxPerDay - b});
            const int shift = room > 0 ? r.below(room + 1) : 0;
            a -= shift;
            b += shift;
        }
    }
}

class DayWriter {
public:
    DayWriter(Site& site, const GeneratorOptions& options, const QDate& day, int dayIndex, const core::Session& hub,
              const crypto::X25519PublicKey& hubBox, const QString& hubKeyId)
        : m_site(site), m_options(options), m_day(day), m_dayIndex(dayIndex), m_hub(hub), m_hubBox(hubBox),
          m_hubKeyId(hubKeyId), m_r(site.seed * 31ULL + static_cast<std::uint64_t>(dayIndex) * 104729ULL),
          m_names(Names::get()) {}

    GeneratedBundle write(const QString& outputDir, std::int64_t& events, std::int64_t& bytes);

private:
    int bookFor(RecordType type, const QString& at);
    Logged logCheck(int pair, int reader, const QString& at);
    void amend(Logged& old, int pair, int reader, const QString& at, bool asVoid);
    QJsonObject checkRow(const QString& uuid, const Book& book, int entry, const QString& registrationDate,
                         const QString& subjectName, Outcome outcome, const QString& transcript, const QString& note,
                         const std::vector<core::Correction>& corrections, int secondsSpent, const QString& supersedes,
                         const QString& reason, const QString& at, int pair, int reader, const QString& action);
    std::vector<core::Correction> corrections(const Book& book, const QString& subjectName,
                                              const QString& registrationDate);
    void review(const QString& checkUuid, Outcome outcome, const QString& at);

    Site& m_site;
    const GeneratorOptions& m_options;
    QDate m_day;
    int m_dayIndex;
    const core::Session& m_hub;
    crypto::X25519PublicKey m_hubBox;
    QString m_hubKeyId;
    Random m_r;
    const Names& m_names;
    exchange::BundlePayload m_payload;
    struct Pair {
        int first = 0;
        int second = 0;
        QString session;
        std::vector<QString> checks;
    };
    std::vector<Pair> m_pairs;
    std::vector<Logged> m_today;
};

int DayWriter::bookFor(RecordType type, const QString& at) {
    for (int i = static_cast<int>(m_site.books.size()) - 1; i >= 0; --i) {
        Book& b = m_site.books[static_cast<std::size_t>(i)];
        if (b.type == type && b.closedAt.isEmpty()) {
            if (b.next <= b.lastEntry) {
                return i;
            }
            b.closedAt = at;
            append(m_site, at, {m_site.people[0].uuid}, QStringLiteral("book.closed"), b.uuid, {});
            break;
        }
    }
    Book b;
    b.uuid = m_r.rowUuid(at);
    b.type = type;
    int count = 0;
    for (const Book& other : m_site.books) {
        count += other.type == type ? 1 : 0;
    }
    b.number = twoDigits(count + 1);
    b.year = m_r.between(1975, 2016);
    b.lastEntry = m_r.between(type == RecordType::Birth ? 300 : 120, type == RecordType::Birth ? 900 : 400);
    b.createdAt = at;
    append(m_site, at, {m_site.people[0].uuid}, QStringLiteral("book.registered"), b.uuid,
           {{QStringLiteral("recordType"), core::domain::recordTypeKey(type)}});
    m_site.books.push_back(std::move(b));
    return static_cast<int>(m_site.books.size()) - 1;
}

std::vector<core::Correction> DayWriter::corrections(const Book& book, const QString& subjectName,
                                                     const QString& registrationDate) {
    const core::domain::EntrySchema& schema = core::domain::entrySchema(book.type);
    std::vector<const core::domain::FieldSpec*> names;
    std::vector<const core::domain::FieldSpec*> dates;
    for (const core::domain::FieldSpec& f : schema.fields) {
        if (f.key.startsWith(QLatin1String("registration."))) {
            continue;
        }
        if (f.kind == core::domain::ValueKind::PersonName) {
            names.push_back(&f);
        } else if (f.kind == core::domain::ValueKind::Date) {
            dates.push_back(&f);
        }
    }
    std::vector<core::Correction> out;
    const int count = m_r.permille(800) ? 1 : 2;
    for (int i = 0; i < count; ++i) {
        const bool nameField = dates.empty() || m_r.permille(620);
        const core::domain::FieldSpec* field = nameField ? m_r.pick(names) : m_r.pick(dates);
        QString before;
        QString after;
        if (nameField) {
            after = field->key == schema.keys.name ? subjectName : m_names.person(m_r, m_r.permille(500));
            const int kind = m_r.below(100);
            if (kind < 30) {
                before = withoutMarks(after); // the database lost the marks
            } else if (kind < 55) {
                // one letter of the given name wrong
                QString given = after.section(u' ', -1);
                const QString family = after.section(u' ', 0, -2);
                const int at = m_r.below(static_cast<int>(given.size()));
                given[at] = QChar(u'a' + m_r.below(26));
                before = family + u' ' + given;
            } else if (kind < 70) {
                before = m_names.person(m_r, m_r.permille(500)); // another person's name
            } else if (kind < 82) {
                before = QString(); // missing in the database
            } else if (kind < 92) {
                before = after.toUpper(); // case: a writing difference
            } else {
                before = oldTonePlacement(after);
                if (before == after) {
                    before = after.toUpper();
                }
            }
        } else {
            const int d = m_r.between(1, 28);
            const int m = m_r.between(1, 12);
            const int y = book.year - m_r.between(0, 40);
            after = date(d, m, y);
            const int kind = m_r.below(100);
            if (kind < 35 && d <= 12 && d != m) {
                before = date(m, d, y); // day and month swapped
            } else if (kind < 65) {
                before = date(std::min(28, d + m_r.between(1, 3)), m, y);
            } else if (kind < 80) {
                before = date(d, m, y + m_r.between(1, 9));
            } else {
                before = QString::number(d) + u'-' + QString::number(m) + u'-' + QString::number(y); // format
            }
        }
        Q_UNUSED(registrationDate);
        if (before == after) {
            before = withoutMarks(after) + u'x';
        }
        const auto cls = core::domain::classifyCorrection(core::domain::classifierKindFor(field->kind), before, after);
        out.push_back({field->key, before, after, cls, core::domain::isWritingDifference(cls)});
    }
    return out;
}

QJsonObject DayWriter::checkRow(const QString& uuid, const Book& book, int entry, const QString& registrationDate,
                                const QString& subjectName, Outcome outcome, const QString& transcript,
                                const QString& note, const std::vector<core::Correction>& corrections, int secondsSpent,
                                const QString& supersedes, const QString& reason, const QString& at, int pair,
                                int reader, const QString& action) {
    const Pair& p = m_pairs[static_cast<std::size_t>(pair)];
    const QString readerUuid = m_site.people[static_cast<std::size_t>(reader)].uuid;
    const QString checkerUuid = m_site.people[static_cast<std::size_t>(reader == p.first ? p.second : p.first)].uuid;
    core::LoggedCheck check;
    check.uuid = uuid;
    check.entryNumber = entry;
    check.registrationDate = registrationDate;
    check.subjectName = subjectName;
    check.outcome = outcome;
    check.transcript = transcript;
    check.note = note;
    check.schemaVersion = core::domain::entrySchema(book.type).version;
    check.loggedAt = at;
    check.secondsSpent = secondsSpent;
    check.reason = reason;
    check.corrections = corrections;
    const core::ContentRefs refs{book.uuid, readerUuid, checkerUuid, supersedes};
    QJsonObject details{
        {QStringLiteral("check"), uuid},
        {QStringLiteral("book"), book.uuid},
        {QStringLiteral("entry"), entry},
        {QStringLiteral("outcome"), core::outcomeKey(outcome)},
        {QStringLiteral("content"), QString::fromStdString(crypto::toHex(core::contentHash(check, refs)))}};
    if (!supersedes.isEmpty()) {
        details.insert(QStringLiteral("supersedes"), supersedes);
    }
    append(m_site, at, {readerUuid, checkerUuid}, action, uuid, details);

    QJsonArray rows;
    for (std::size_t i = 0; i < corrections.size(); ++i) {
        const core::Correction& c = corrections[i];
        rows.append(QJsonObject{{QStringLiteral("position"), static_cast<int>(i)},
                                {QStringLiteral("field"), c.fieldKey},
                                {QStringLiteral("before"), c.before},
                                {QStringLiteral("after"), c.after},
                                {QStringLiteral("class"), core::domain::correctionClassKey(c.correctionClass)},
                                {QStringLiteral("writingDifference"), c.writingDifference}});
    }
    return {
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("book"), book.uuid},
        {QStringLiteral("entry"), entry},
        {QStringLiteral("registrationDate"), registrationDate},
        {QStringLiteral("subjectName"), subjectName},
        {QStringLiteral("outcome"), core::outcomeKey(outcome)},
        {QStringLiteral("transcript"), transcript},
        {QStringLiteral("note"), note},
        {QStringLiteral("warnings"), QString()},
        {QStringLiteral("schemaVersion"), check.schemaVersion},
        {QStringLiteral("reader"), readerUuid},
        {QStringLiteral("checker"), checkerUuid},
        {QStringLiteral("session"), p.session},
        {QStringLiteral("loggedAt"), at},
        {QStringLiteral("secondsSpent"), secondsSpent},
        {QStringLiteral("supersedes"), supersedes.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(supersedes)},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("corrections"), rows}};
}

void DayWriter::review(const QString& checkUuid, Outcome outcome, const QString& at) {
    QString decision;
    QString state;
    if (outcome == Outcome::Escalated) {
        const int k = m_r.below(100);
        if (k < 70) {
            decision = QStringLiteral("resolve");
            state = QStringLiteral("resolved");
        } else if (k < 85) {
            decision = QStringLiteral("flag");
            state = QStringLiteral("flagged");
        } else {
            return; // still pending
        }
    } else if (m_r.permille(930)) {
        decision = QStringLiteral("approve");
        state = QStringLiteral("approved");
    } else {
        return;
    }
    const QString uuid = m_r.rowUuid(at);
    const QString supervisor = m_site.people[0].uuid;
    m_payload.reviews.push_back({{QStringLiteral("uuid"), uuid},
                                 {QStringLiteral("check"), checkUuid},
                                 {QStringLiteral("decision"), decision},
                                 {QStringLiteral("state"), state},
                                 {QStringLiteral("reason"), QString()},
                                 {QStringLiteral("note"), QString()},
                                 {QStringLiteral("supervisor"), supervisor},
                                 {QStringLiteral("at"), at}});
    append(m_site, at, {supervisor}, QStringLiteral("review.") + decision, checkUuid,
           {{QStringLiteral("state"), state}});
}

Logged DayWriter::logCheck(int pair, int reader, const QString& at) {
    const int t = m_r.below(100);
    const RecordType type = t < 55 ? RecordType::Birth : (t < 80 ? RecordType::Death : RecordType::Marriage);
    const int bookIndex = bookFor(type, at);
    Book& book = m_site.books[static_cast<std::size_t>(bookIndex)];
    const int entry = book.next++;
    const QString registrationDate = date(m_r.between(1, 28), m_r.between(1, 12), book.year);
    const QString subjectName = m_names.person(m_r, type == RecordType::Marriage ? false : m_r.permille(500));
    const int k = m_r.below(1000);
    Outcome outcome = Outcome::Match;
    if (k < 125) {
        outcome = Outcome::Corrected;
    } else if (k < 135) {
        outcome = Outcome::Escalated;
    } else if (k < 141) {
        outcome = Outcome::MissingEnteredNew;
    } else if (k < 145) {
        outcome = Outcome::DuplicateInDatabase;
    }
    std::vector<core::Correction> fixes;
    QString transcript;
    QString note;
    int seconds = m_r.between(15, 45);
    if (outcome == Outcome::Corrected) {
        fixes = corrections(book, subjectName, registrationDate);
        seconds = m_r.between(40, 120);
    } else if (outcome == Outcome::Escalated) {
        transcript = subjectName.section(u' ', 0, 0) + QStringLiteral(" Th_ *");
        note = QStringLiteral("Chữ mờ, không đọc rõ tên");
        seconds = m_r.between(60, 180);
    }
    const QString uuid = m_r.rowUuid(at);
    m_payload.checks.push_back(checkRow(uuid, book, entry, registrationDate, subjectName, outcome, transcript, note,
                                        fixes, seconds, {}, {}, at, pair, reader, QStringLiteral("check.logged")));
    m_pairs[static_cast<std::size_t>(pair)].checks.push_back(uuid);
    if (outcome != Outcome::Match) {
        review(uuid, outcome, at);
    }
    return {uuid, bookIndex, entry, registrationDate, subjectName, core::domain::entrySchema(type).version, false};
}

void DayWriter::amend(Logged& old, int pair, int reader, const QString& at, bool asVoid) {
    old.superseded = true;
    const Book& book = m_site.books[static_cast<std::size_t>(old.book)];
    const QString uuid = m_r.rowUuid(at);
    if (asVoid) {
        m_payload.checks.push_back(checkRow(uuid, book, old.entry, old.registrationDate, old.subjectName, Outcome::Void,
                                            {}, {}, {}, 0, old.uuid, QStringLiteral("Ghi nhầm số thứ tự"), at, pair,
                                            reader, QStringLiteral("check.voided")));
        return;
    }
    const bool corrected = m_r.permille(600);
    std::vector<core::Correction> fixes;
    if (corrected) {
        fixes = corrections(book, old.subjectName, old.registrationDate);
    }
    m_payload.checks.push_back(
        checkRow(uuid, book, old.entry, old.registrationDate, old.subjectName,
                 corrected ? Outcome::Corrected : Outcome::Match, {}, {}, fixes, m_r.between(30, 90), old.uuid,
                 QStringLiteral("Giám sát trả lại: đối chiếu lại"), at, pair, reader, QStringLiteral("check.amended")));
    if (corrected) {
        review(uuid, Outcome::Corrected, at);
    }
}

GeneratedBundle DayWriter::write(const QString& outputDir, std::int64_t& events, std::int64_t& bytes) {
    const int quota = m_site.dayQuota[static_cast<std::size_t>(m_dayIndex)];
    // The pairs of the day: the volunteers shuffled, two by two.
    std::vector<int> volunteers;
    for (int i = 1; i < static_cast<int>(m_site.people.size()); ++i) {
        volunteers.push_back(i);
    }
    for (int i = static_cast<int>(volunteers.size()) - 1; i > 0; --i) {
        std::swap(volunteers[static_cast<std::size_t>(i)], volunteers[static_cast<std::size_t>(m_r.below(i + 1))]);
    }
    for (std::size_t i = 0; i + 1 < volunteers.size(); i += 2) {
        const QString at = timeAt(m_day, 7 * 60 + 45 + static_cast<int>(i));
        Pair p{volunteers[i], volunteers[i + 1], m_r.rowUuid(at), {}};
        const QString first = m_site.people[static_cast<std::size_t>(p.first)].uuid;
        const QString second = m_site.people[static_cast<std::size_t>(p.second)].uuid;
        m_payload.sessions.push_back({{QStringLiteral("uuid"), p.session},
                                      {QStringLiteral("firstUser"), first},
                                      {QStringLiteral("secondUser"), second},
                                      {QStringLiteral("startedAt"), at}});
        m_payload.sessionEvents.push_back({{QStringLiteral("uuid"), m_r.rowUuid(at)},
                                           {QStringLiteral("session"), p.session},
                                           {QStringLiteral("kind"), QStringLiteral("start")},
                                           {QStringLiteral("reader"), first},
                                           {QStringLiteral("at"), at}});
        append(m_site, at, {first, second}, QStringLiteral("session.start"), p.session,
               {{QStringLiteral("reader"), first}});
        m_pairs.push_back(std::move(p));
    }
    const int pairs = static_cast<int>(m_pairs.size());

    // Amendments (about 1 %) and voids (about 0.1 %) of yesterday's checks, the rest first checks, from 08:00 to
    // 16:30 site time; the pairs swap roles at 12:00.
    std::vector<Logged*> candidates;
    for (Logged& l : m_site.yesterday) {
        if (!l.superseded) {
            candidates.push_back(&l);
        }
    }
    const int dayMinutes = 8 * 60 + 30;
    bool swapped = false;
    for (int i = 0; i < quota; ++i) {
        const int minute = 8 * 60 + static_cast<int>(static_cast<std::int64_t>(i) * dayMinutes / std::max(1, quota));
        if (!swapped && minute >= 12 * 60) {
            swapped = true;
            for (Pair& p : m_pairs) {
                const QString at = timeAt(m_day, 12 * 60);
                const QString reader = m_site.people[static_cast<std::size_t>(p.second)].uuid;
                m_payload.sessionEvents.push_back({{QStringLiteral("uuid"), m_r.rowUuid(at)},
                                                   {QStringLiteral("session"), p.session},
                                                   {QStringLiteral("kind"), QStringLiteral("swap")},
                                                   {QStringLiteral("reader"), reader},
                                                   {QStringLiteral("at"), at}});
                append(m_site, at, {m_site.people[static_cast<std::size_t>(p.first)].uuid, reader},
                       QStringLiteral("session.swap"), p.session, {});
            }
        }
        const QString at = timeAt(m_day, minute);
        const int pair = i % pairs;
        const Pair& p = m_pairs[static_cast<std::size_t>(pair)];
        const int reader = swapped ? p.second : p.first;
        const int k = m_r.below(1000);
        if (k < 11 && !candidates.empty()) {
            const int c = m_r.below(static_cast<int>(candidates.size()));
            Logged* old = candidates[static_cast<std::size_t>(c)];
            candidates.erase(candidates.begin() + c);
            amend(*old, pair, reader, at, k < 1);
            continue;
        }
        m_today.push_back(logCheck(pair, reader, at));
    }

    // The supervisor's spot-check of each pair's day (2 %, at least 5 entries), nearly all confirmed.
    int minute = 16 * 60 + 45;
    const QString supervisor = m_site.people[0].uuid;
    for (const Pair& p : m_pairs) {
        if (p.checks.empty()) {
            continue;
        }
        const QString at = timeAt(m_day, minute++);
        QString first = m_site.people[static_cast<std::size_t>(p.first)].uuid;
        QString second = m_site.people[static_cast<std::size_t>(p.second)].uuid;
        if (second < first) {
            std::swap(first, second);
        }
        const int population = static_cast<int>(p.checks.size());
        const int size = std::min(population, std::max(5, (population * 20 + 999) / 1000));
        const QString sample = m_r.rowUuid(at);
        const QString seedHex = QString::fromStdString(crypto::toHex(m_r.secret32().bytes()));
        m_payload.spotSamples.push_back({{QStringLiteral("uuid"), sample},
                                         {QStringLiteral("day"), core::sitetime::dayKey(m_day)},
                                         {QStringLiteral("firstUser"), first},
                                         {QStringLiteral("secondUser"), second},
                                         {QStringLiteral("seed"), seedHex},
                                         {QStringLiteral("ratePermille"), 20},
                                         {QStringLiteral("minimum"), 5},
                                         {QStringLiteral("population"), population},
                                         {QStringLiteral("drawnBy"), supervisor},
                                         {QStringLiteral("drawnAt"), at}});
        append(m_site, at, {supervisor}, QStringLiteral("spotcheck.drawn"), sample,
               {{QStringLiteral("day"), core::sitetime::dayKey(m_day)},
                {QStringLiteral("seed"), seedHex},
                {QStringLiteral("population"), population},
                {QStringLiteral("size"), size}});
        for (int i = 0; i < size; ++i) {
            const QString& check = p.checks[static_cast<std::size_t>(i * population / size)];
            const QString item = m_r.rowUuid(at);
            m_payload.spotItems.push_back(
                {{QStringLiteral("uuid"), item}, {QStringLiteral("sample"), sample}, {QStringLiteral("check"), check}});
            const bool missed = m_r.permille(30);
            const QString resultAt = timeAt(m_day, minute);
            m_payload.spotResults.push_back(
                {{QStringLiteral("uuid"), m_r.rowUuid(resultAt)},
                 {QStringLiteral("item"), item},
                 {QStringLiteral("result"), missed ? QStringLiteral("missed") : QStringLiteral("confirmed")},
                 {QStringLiteral("field"), missed ? QStringLiteral("subject.birth_date") : QString()},
                 {QStringLiteral("before"), missed ? QStringLiteral("03/04/1998") : QString()},
                 {QStringLiteral("after"), missed ? QStringLiteral("04/03/1998") : QString()},
                 {QStringLiteral("class"), missed ? QStringLiteral("date_day_month_swap") : QString()},
                 {QStringLiteral("note"), QString()},
                 {QStringLiteral("supervisor"), supervisor},
                 {QStringLiteral("at"), resultAt}});
            append(m_site, resultAt, {supervisor},
                   missed ? QStringLiteral("spotcheck.missed") : QStringLiteral("spotcheck.confirmed"), check, {});
        }
    }
    for (const Pair& p : m_pairs) {
        const QString at = timeAt(m_day, 17 * 60);
        const QString reader = m_site.people[static_cast<std::size_t>(swapped ? p.second : p.first)].uuid;
        m_payload.sessionEvents.push_back({{QStringLiteral("uuid"), m_r.rowUuid(at)},
                                           {QStringLiteral("session"), p.session},
                                           {QStringLiteral("kind"), QStringLiteral("end")},
                                           {QStringLiteral("reader"), reader},
                                           {QStringLiteral("at"), at}});
        append(m_site, at,
               {m_site.people[static_cast<std::size_t>(p.first)].uuid,
                m_site.people[static_cast<std::size_t>(p.second)].uuid},
               QStringLiteral("session.end"), p.session, {});
    }

    // The export, as BundleService writes it: its event, then the checkpoint of the head, the payload and the header.
    const QString exportedAt = timeAt(m_day, 17 * 60 + 30);
    const std::int64_t sequence = m_site.sequence + 1;
    const std::int64_t firstEvent = m_site.pending.empty() ? m_site.head.seq + 1 : m_site.pending.front().seq;
    append(m_site, exportedAt, {supervisor}, QStringLiteral("bundle.exported"), m_site.uuid,
           {{QStringLiteral("sequence"), static_cast<qint64>(sequence)},
            {QStringLiteral("hub"), m_hub.databaseId()},
            {QStringLiteral("epoch"), static_cast<qint64>(m_site.epoch)},
            {QStringLiteral("after"), static_cast<qint64>(firstEvent - 1)}});
    for (std::size_t i = 0; i < m_site.people.size(); ++i) {
        m_payload.users.push_back(userRow(m_site.people[i], timeAt(m_options.firstDay.addDays(-2), 9 * 60)));
    }
    for (const Book& b : m_site.books) {
        m_payload.books.push_back(bookRow(b));
    }
    m_payload.events = std::move(m_site.pending);
    m_site.pending.clear();
    const audit::Event& last = m_payload.events.back();
    const QByteArray note = audit::signCheckpoint(m_site.uuid, last.seq, last.hash, m_site.signingSeed);
    const QByteArray plain = exchange::serializePayload(m_payload);
    const qint64 checks = static_cast<qint64>(m_payload.checks.size());
    const QJsonObject header{
        {QStringLiteral("format"), QStringLiteral("doichieu-bundle/1")},
        {QStringLiteral("site"), m_site.uuid},
        {QStringLiteral("epoch"), static_cast<qint64>(m_site.epoch)},
        {QStringLiteral("hub"), m_hub.databaseId()},
        {QStringLiteral("recipientKey"), m_hubKeyId},
        {QStringLiteral("sequence"), static_cast<qint64>(sequence)},
        {QStringLiteral("previous"), m_site.previousBundle},
        {QStringLiteral("events"), QJsonArray{static_cast<qint64>(firstEvent), static_cast<qint64>(last.seq)}},
        {QStringLiteral("checkpoint"), QString::fromUtf8(note)},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("createdAt"), exportedAt},
        {QStringLiteral("encoding"), QLatin1String(exchange::kBundleJsonZstd)},
    };
    const QByteArray compressed = exchange::compressPayload(plain);
    auto built = exchange::buildEnvelope(exchange::FileKind::Bundle, header, core::asBytes(compressed), m_hubBox,
                                         m_site.signingSeed);
    if (!built) {
        throw std::runtime_error("a synthetic bundle does not build: " + built.error().detail.toStdString());
    }
    auto parsed = exchange::parseEnvelope(built.value(), exchange::FileKind::Bundle);
    if (!parsed) {
        throw std::runtime_error("a synthetic bundle does not parse");
    }
    m_site.previousBundle = exchange::fileId(parsed->header);
    m_site.sequence = sequence;
    const QString name = QStringLiteral("%1-%2-%3-%4.bundle")
                             .arg(core::BundleService::slug(m_site.commune.district),
                                  core::BundleService::slug(m_site.commune.name), core::sitetime::dayKey(m_day))
                             .arg(sequence, 4, 10, QLatin1Char('0'));
    const QString path = QDir(outputDir).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(built.value()) != built.value().size()) {
        throw std::runtime_error("cannot write a synthetic bundle");
    }
    events += static_cast<std::int64_t>(m_payload.events.size());
    bytes += built.value().size();
    m_site.yesterday = std::move(m_today);
    return {path, m_site.uuid, m_dayIndex, sequence, checks};
}

} // namespace

GeneratorOptions GeneratorOptions::fromEnvironment() {
    GeneratorOptions o;
    bool ok = false;
    if (const qint64 v = qEnvironmentVariable("DOICHIEU_BENCH_CHECKS").toLongLong(&ok); ok && v > 0) {
        o.checks = v;
    }
    if (const qulonglong v = qEnvironmentVariable("DOICHIEU_BENCH_SEED").toULongLong(&ok); ok) {
        o.seed = v;
    }
    if (const int v = qEnvironmentVariable("DOICHIEU_BENCH_COMMUNES").toInt(&ok); ok && v > 0) {
        o.communes = v;
    }
    if (const int v = qEnvironmentVariable("DOICHIEU_BENCH_THREADS").toInt(&ok); ok && v > 0) {
        o.threads = v;
    }
    if (const int v = qEnvironmentVariable("DOICHIEU_BENCH_DAYS").toInt(&ok); ok && v > 0) {
        o.minDays = v;
    }
    return o;
}

QString GeneratorOptions::key() const {
    const QString key =
        QStringLiteral("v%1-seed%2-checks%3-communes%4").arg(kGeneratorVersion).arg(seed).arg(checks).arg(communes);
    return minDays == 31 ? key : key + QStringLiteral("-days%1").arg(minDays);
}

GeneratedProvince ProvinceGenerator::generate(core::Session& hub, const QString& outputDir) const {
    const core::campaign::Campaign& campaign = core::campaign::builtInCampaign();
    const int communes = std::min<int>(m_options.communes, static_cast<int>(campaign.communes.size()));
    if (communes < 1 || !QDir().mkpath(outputDir)) {
        throw std::runtime_error("nothing to generate, or no output folder");
    }
    const core::keyring::SiteKeys* hubKeys = hub.siteKeys();
    if (!hubKeys) {
        throw std::runtime_error("the hub session holds no site keys");
    }
    const std::int64_t perCommuneDay = static_cast<std::int64_t>(communes) * m_options.maxPerDay;
    const int days =
        std::max<int>(m_options.minDays, static_cast<int>((m_options.checks + perCommuneDay - 1) / perCommuneDay));

    std::vector<Site> sites;
    sites.reserve(static_cast<std::size_t>(communes));
    for (int i = 0; i < communes; ++i) {
        sites.push_back(makeSite(m_options, i, campaign.communes[static_cast<std::size_t>(i)]));
    }
    planDays(m_options, days, sites);
    // Enrollment at the hub, through its services (one transaction each).
    for (Site& s : sites) {
        s.epoch = enrollSynthetic(hub,
                                  {s.uuid, s.commune.name, s.commune.district, s.commune.name, &s.signingSeed,
                                   s.signingPublic, s.boxPublic, s.keyId, s.head.seq, s.head.hash, s.head.at},
                                  outputDir);
    }

    QElapsedTimer timer;
    timer.start();
    GeneratedProvince out;
    out.days = days;
    std::mutex lock;
    std::atomic<int> nextSite{0};
    std::exception_ptr failure;
    const auto worker = [&]() {
        try {
            std::vector<GeneratedBundle> mine;
            std::int64_t events = 0;
            std::int64_t bytes = 0;
            std::int64_t checks = 0;
            for (int i = nextSite++; i < communes; i = nextSite++) {
                Site& s = sites[static_cast<std::size_t>(i)];
                for (int d = 0; d < days; ++d) {
                    DayWriter writer(s, m_options, m_options.firstDay.addDays(d), d, hub, hubKeys->boxPublic,
                                     hubKeys->keyId);
                    mine.push_back(writer.write(outputDir, events, bytes));
                    checks += mine.back().checks;
                }
                s.yesterday.clear();
                s.books.shrink_to_fit();
            }
            const std::lock_guard guard(lock);
            out.bundles.insert(out.bundles.end(), mine.begin(), mine.end());
            out.events += events;
            out.bytes += bytes;
            out.checks += checks;
        } catch (...) {
            const std::lock_guard guard(lock);
            failure = std::current_exception();
        }
    };
    std::vector<std::thread> threads;
    for (int t = 1; t < std::max(1, m_options.threads); ++t) {
        threads.emplace_back(worker);
    }
    worker();
    for (std::thread& t : threads) {
        t.join();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
    std::sort(out.bundles.begin(), out.bundles.end(), [](const GeneratedBundle& a, const GeneratedBundle& b) {
        return a.day != b.day ? a.day < b.day : a.path < b.path;
    });
    out.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return out;
}

} // namespace dc::bench
