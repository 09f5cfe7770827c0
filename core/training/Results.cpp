// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/EntrySchema.h"
#include "core/training/StrictJson.h"
#include "core/training/Training.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace dc::core::training {

namespace {

using strict::refuse;

constexpr const char* kResultsFormat = "doichieu-training-results";
constexpr int kResultsVersion = 1;
constexpr qint64 kMaxNumber = 999999;
constexpr qsizetype kMaxMistakes = 2000;
constexpr qint64 kMaxCount = qint64{kMaxBookEntries} * kMaxFieldsPerSide;
constexpr double kMaxSecondsPerEntry = 86400;
constexpr double kMaxKeysPerEntry = 100000;
constexpr int kMaxNameText = 100; // a site's or a user's name

// The mistakes whose expected and logged answers are outcomes (keys, never a book's value).
bool aboutOutcome(MistakeKind kind) {
    return kind == MistakeKind::NotLogged || kind == MistakeKind::WrongOutcome ||
           kind == MistakeKind::EscalationMissed || kind == MistakeKind::EscalationUnneeded;
}

// Per-entry averages with one decimal: enough for a trainer, and the same bytes on every machine.
double tenths(double value) {
    return std::round(value * 10.0) / 10.0;
}

QJsonObject scoreToJson(const Score& score) {
    const Score s = scoreWithoutValues(score);
    QJsonArray mistakes;
    for (const Mistake& m : s.mistakes) {
        QJsonObject o{{QStringLiteral("entry"), m.entryNumber}, {QStringLiteral("kind"), mistakeKindKey(m.kind)}};
        if (!m.fieldKey.isEmpty()) {
            o.insert(QStringLiteral("field"), m.fieldKey);
        }
        // Values stay at the training site: only outcome keys travel (scoreWithoutValues).
        if (!m.expected.isEmpty()) {
            o.insert(QStringLiteral("expected"), m.expected);
        }
        if (!m.logged.isEmpty()) {
            o.insert(QStringLiteral("logged"), m.logged);
        }
        mistakes.append(o);
    }
    return QJsonObject{
        {QStringLiteral("entries"), s.entries},
        {QStringLiteral("logged"), s.logged},
        {QStringLiteral("outcomesRight"), s.outcomesRight},
        {QStringLiteral("correctionsExpected"), s.correctionsExpected},
        {QStringLiteral("correctionsRight"), s.correctionsRight},
        {QStringLiteral("writingDifferencesCorrected"), s.writingDifferencesCorrected},
        {QStringLiteral("missedCorrections"), s.missedCorrections},
        {QStringLiteral("escalationsMissed"), s.escalationsMissed},
        {QStringLiteral("escalationsUnneeded"), s.escalationsUnneeded},
        {QStringLiteral("secondsPerEntry"), tenths(s.secondsPerEntry)},
        {QStringLiteral("keysPerEntry"), tenths(s.keysPerEntry)},
        {QStringLiteral("ready"), s.ready},
        {QStringLiteral("mistakes"), mistakes},
    };
}

int count(const QJsonObject& o, const char* key, const QString& at, qint64 most) {
    return static_cast<int>(strict::integer(o.value(QLatin1String(key)), at + u'.' + QLatin1String(key), 0, most));
}

Mistake mistakeFromJson(const QJsonValue& value, const QString& at, const domain::EntrySchema& schema) {
    const QJsonObject o = strict::object(value, at);
    strict::keys(o, at, {"entry", "kind"}, {"field", "expected", "logged"});
    Mistake m;
    m.entryNumber = static_cast<int>(
        strict::integer(o.value(QLatin1String("entry")), at + QStringLiteral(".entry"), 1, kMaxNumber));
    const auto kind =
        mistakeKindFromKey(strict::text(o.value(QLatin1String("kind")), at + QStringLiteral(".kind"), true));
    if (!kind) {
        refuse(QStringLiteral("%1.kind is not a kind of mistake").arg(at));
    }
    m.kind = *kind;
    if (o.contains(QLatin1String("field"))) {
        m.fieldKey = strict::text(o.value(QLatin1String("field")), at + QStringLiteral(".field"), true);
        if (!schema.field(m.fieldKey)) {
            refuse(QStringLiteral("%1.field is not a field of the book's record type").arg(at));
        }
    } else if (!aboutOutcome(m.kind)) {
        refuse(QStringLiteral("%1 names no field").arg(at));
    }
    for (const char* key : {"expected", "logged"}) {
        if (!o.contains(QLatin1String(key))) {
            continue;
        }
        const QString where = at + u'.' + QLatin1String(key);
        const QString answer = strict::text(o.value(QLatin1String(key)), where);
        // A book's value has no place in a results file: only an outcome's key may be given.
        if (!aboutOutcome(m.kind) || !domain::outcomeFromKey(answer)) {
            refuse(QStringLiteral("%1 carries a value: a results file holds counts, outcome keys, mistake kinds, entry "
                                  "numbers and field keys only")
                       .arg(where));
        }
        (QLatin1String(key) == QLatin1String("expected") ? m.expected : m.logged) = answer;
    }
    m.explanationVi = mistakeExplanation(m.kind, true);
    m.explanationEn = mistakeExplanation(m.kind, false);
    return m;
}

Score scoreFromJson(const QJsonValue& value, const QString& at, const domain::EntrySchema& schema) {
    const QJsonObject o = strict::object(value, at);
    strict::keys(o, at,
                 {"entries", "logged", "outcomesRight", "correctionsExpected", "correctionsRight",
                  "writingDifferencesCorrected", "missedCorrections", "escalationsMissed", "escalationsUnneeded",
                  "secondsPerEntry", "keysPerEntry", "ready", "mistakes"});
    Score s;
    s.entries = count(o, "entries", at, kMaxBookEntries);
    s.logged = count(o, "logged", at, s.entries);
    s.outcomesRight = count(o, "outcomesRight", at, s.logged);
    s.correctionsExpected = count(o, "correctionsExpected", at, kMaxCount);
    s.correctionsRight = count(o, "correctionsRight", at, s.correctionsExpected);
    s.writingDifferencesCorrected = count(o, "writingDifferencesCorrected", at, kMaxCount);
    s.missedCorrections = count(o, "missedCorrections", at, s.correctionsExpected);
    s.escalationsMissed = count(o, "escalationsMissed", at, s.logged);
    s.escalationsUnneeded = count(o, "escalationsUnneeded", at, s.logged);
    s.secondsPerEntry = strict::number(o.value(QLatin1String("secondsPerEntry")),
                                       at + QStringLiteral(".secondsPerEntry"), 0, kMaxSecondsPerEntry);
    s.keysPerEntry = strict::number(o.value(QLatin1String("keysPerEntry")), at + QStringLiteral(".keysPerEntry"), 0,
                                    kMaxKeysPerEntry);
    (void)strict::boolean(o.value(QLatin1String("ready")), at + QStringLiteral(".ready"));
    const QJsonArray mistakes =
        strict::array(o.value(QLatin1String("mistakes")), at + QStringLiteral(".mistakes"), kMaxMistakes);
    for (qsizetype i = 0; i < mistakes.size(); ++i) {
        s.mistakes.push_back(mistakeFromJson(mistakes.at(i), QStringLiteral("%1.mistakes[%2]").arg(at).arg(i), schema));
    }
    // The rule decides, not the file: a file's "ready" is what its writer computed.
    s.ready = readinessReasons(s).isEmpty();
    return s;
}

// A name a results file holds (a site's, a trainee's user name): text of 1 to kMaxNameText characters.
QString nameOf(const QJsonObject& o, const QString& at, const char* key) {
    const QString where = at + u'.' + QLatin1String(key);
    const QString text = strict::text(o.value(QLatin1String(key)), where, true);
    if (text.size() > kMaxNameText) {
        refuse(QStringLiteral("%1 is longer than %2 characters").arg(where).arg(kMaxNameText));
    }
    return text;
}

TraineeResult resultFromJson(const QJsonValue& value, const QString& at) {
    const QJsonObject o = strict::object(value, at);
    strict::keys(o, at, {"site", "reader", "checker", "type", "bookNumber", "seed", "finishedAt", "score"});
    TraineeResult r;
    const auto name = [&](const char* key) { return nameOf(o, at, key); };
    r.site = name("site");
    r.reader = name("reader");
    r.checker = name("checker");
    const auto type =
        domain::recordTypeFromKey(strict::text(o.value(QLatin1String("type")), at + QStringLiteral(".type")));
    if (!type) {
        refuse(QStringLiteral("%1.type is not birth, marriage or death").arg(at));
    }
    r.type = *type;
    r.bookNumber = static_cast<int>(
        strict::integer(o.value(QLatin1String("bookNumber")), at + QStringLiteral(".bookNumber"), 1, kMaxNumber));
    r.seed = strict::seed(o.value(QLatin1String("seed")), at + QStringLiteral(".seed"));
    r.finishedAt = strict::text(o.value(QLatin1String("finishedAt")), at + QStringLiteral(".finishedAt"), true);
    if (!QDateTime::fromString(r.finishedAt, Qt::ISODate).isValid()) {
        refuse(QStringLiteral("%1.finishedAt is not an ISO 8601 date and time").arg(at));
    }
    r.score =
        scoreFromJson(o.value(QLatin1String("score")), at + QStringLiteral(".score"), domain::entrySchema(r.type));
    return r;
}

// A pair as a results file names it (ResultsFile::pairs): its site, its number and its two members' user names, each a
// name of at most kMaxNameText characters, the two different.
TraineePair pairFromJson(const QJsonValue& value, const QString& at) {
    const QJsonObject o = strict::object(value, at);
    strict::keys(o, at, {"site", "number", "memberA", "memberB"});
    const auto name = [&](const char* key) { return nameOf(o, at, key); };
    TraineePair p;
    p.site = name("site");
    p.number = static_cast<int>(
        strict::integer(o.value(QLatin1String("number")), at + QStringLiteral(".number"), 1, kMaxNumber));
    p.memberA = name("memberA");
    p.memberB = name("memberB");
    if (p.memberA == p.memberB) {
        refuse(QStringLiteral("%1 names the same trainee twice").arg(at));
    }
    return p;
}

// The order-free name of a pair: "lan + minh" whichever of them read.
QString pairName(const QString& a, const QString& b) {
    return a < b ? a + QStringLiteral(" + ") + b : b + QStringLiteral(" + ") + a;
}

QString pairOf(const TraineeResult& r) {
    return pairName(r.reader, r.checker);
}

} // namespace

Score scoreWithoutValues(const Score& score) {
    Score out = score;
    for (Mistake& m : out.mistakes) {
        if (!aboutOutcome(m.kind) || !domain::outcomeFromKey(m.expected)) {
            m.expected.clear();
        }
        if (!aboutOutcome(m.kind) || !domain::outcomeFromKey(m.logged)) {
            m.logged.clear();
        }
        m.explanationVi = mistakeExplanation(m.kind, true);
        m.explanationEn = mistakeExplanation(m.kind, false);
    }
    return out;
}

QByteArray resultsToJson(const std::vector<TraineeResult>& results) {
    return resultsToJson(results, {});
}

QByteArray resultsToJson(const std::vector<TraineeResult>& results, const std::vector<TraineePair>& pairs) {
    QJsonArray list;
    for (const TraineeResult& r : results) {
        list.append(QJsonObject{
            {QStringLiteral("site"), r.site},
            {QStringLiteral("reader"), r.reader},
            {QStringLiteral("checker"), r.checker},
            {QStringLiteral("type"), domain::recordTypeKey(r.type)},
            {QStringLiteral("bookNumber"), r.bookNumber},
            {QStringLiteral("seed"), QString::number(r.seed)},
            {QStringLiteral("finishedAt"), r.finishedAt},
            {QStringLiteral("score"), scoreToJson(r.score)},
        });
    }
    QJsonObject root{{QStringLiteral("format"), QLatin1String(kResultsFormat)},
                     {QStringLiteral("version"), kResultsVersion},
                     {QStringLiteral("results"), list}};
    if (!pairs.empty()) {
        QJsonArray pairList;
        for (const TraineePair& p : pairs) {
            pairList.append(QJsonObject{{QStringLiteral("site"), p.site},
                                        {QStringLiteral("number"), p.number},
                                        {QStringLiteral("memberA"), p.memberA},
                                        {QStringLiteral("memberB"), p.memberB}});
        }
        root.insert(QStringLiteral("pairs"), pairList);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<std::vector<TraineeResult>> resultsFromJson(const QByteArray& bytes) {
    auto file = resultsFileFromJson(bytes);
    if (!file) {
        return file.error();
    }
    return std::move(file.value().results);
}

Result<ResultsFile> resultsFileFromJson(const QByteArray& bytes) {
    return strict::guarded([&bytes] {
        const QJsonObject root = strict::document(bytes, "results");
        strict::keys(root, QStringLiteral("the results file"), {"format", "version", "results"}, {"pairs"});
        if (strict::text(root.value(QLatin1String("format")), QStringLiteral("format")) !=
            QLatin1String(kResultsFormat)) {
            refuse(QStringLiteral("the file is not a training results file"));
        }
        if (strict::integer(root.value(QLatin1String("version")), QStringLiteral("version"), 1, 1000) !=
            kResultsVersion) {
            refuse(QStringLiteral("the results file's version is not one this program reads"));
        }
        const QJsonArray list =
            strict::array(root.value(QLatin1String("results")), QStringLiteral("results"), kMaxResults);
        ResultsFile out;
        for (qsizetype i = 0; i < list.size(); ++i) {
            out.results.push_back(resultFromJson(list.at(i), QStringLiteral("results[%1]").arg(i)));
        }
        if (root.contains(QLatin1String("pairs"))) {
            const QJsonArray pairs =
                strict::array(root.value(QLatin1String("pairs")), QStringLiteral("pairs"), kMaxResults);
            for (qsizetype i = 0; i < pairs.size(); ++i) {
                out.pairs.push_back(pairFromJson(pairs.at(i), QStringLiteral("pairs[%1]").arg(i)));
            }
        }
        return out;
    });
}

bool sameResult(const TraineeResult& a, const TraineeResult& b) {
    return a.site == b.site && a.reader == b.reader && a.checker == b.checker && a.type == b.type &&
           a.bookNumber == b.bookNumber && a.seed == b.seed && a.finishedAt == b.finishedAt;
}

std::vector<BoardRow> trainerBoard(const std::vector<TraineeResult>& results) {
    return trainerBoard(results, {});
}

std::vector<BoardRow> trainerBoard(const std::vector<TraineeResult>& results, const std::vector<TraineePair>& pairs) {
    struct Group {
        std::vector<const TraineeResult*> results;
    };
    std::map<std::pair<QString, QString>, Group> groups; // (site, pair), sorted
    for (const TraineeResult& r : results) {
        Group& group = groups[{r.site, pairOf(r)}];
        const bool seen = std::any_of(group.results.begin(), group.results.end(),
                                      [&r](const TraineeResult* held) { return sameResult(*held, r); });
        if (!seen) {
            group.results.push_back(&r);
        }
    }
    // Every pair of the site has its row, in its place among the others: one without a result has an empty group.
    for (const TraineePair& p : pairs) {
        groups.try_emplace({p.site, pairName(p.memberA, p.memberB)});
    }
    std::vector<BoardRow> rows;
    for (const auto& [key, group] : groups) {
        BoardRow row;
        row.site = key.first;
        row.pair = key.second;
        row.books = static_cast<int>(group.results.size());
        if (group.results.empty()) {
            row.reasons.append(QLatin1String(kNothingLogged));
            row.needsAnotherRound = true;
            rows.push_back(std::move(row));
            continue;
        }
        double seconds = 0;
        double keys = 0;
        int measured = 0;
        std::map<domain::RecordType, const TraineeResult*> latest;
        for (const TraineeResult* r : group.results) {
            const Score& s = r->score;
            row.total.entries += s.entries;
            row.total.logged += s.logged;
            row.total.outcomesRight += s.outcomesRight;
            row.total.correctionsExpected += s.correctionsExpected;
            row.total.correctionsRight += s.correctionsRight;
            row.total.writingDifferencesCorrected += s.writingDifferencesCorrected;
            row.total.missedCorrections += s.missedCorrections;
            row.total.escalationsMissed += s.escalationsMissed;
            row.total.escalationsUnneeded += s.escalationsUnneeded;
            seconds += s.secondsPerEntry * s.logged;
            if (s.keysPerEntry > 0) {
                keys += s.keysPerEntry * s.logged;
                measured += s.logged;
            }
            // The latest book of its type: finished last (ISO 8601 in UTC sorts as text), then the higher book number
            // and seed, so that the choice never depends on the order of the files.
            const auto it = latest.find(r->type);
            if (it == latest.end() || std::tie(it->second->finishedAt, it->second->bookNumber, it->second->seed) <
                                          std::tie(r->finishedAt, r->bookNumber, r->seed)) {
                latest[r->type] = r;
            }
        }
        row.total.secondsPerEntry = row.total.logged > 0 ? seconds / row.total.logged : 0.0;
        row.total.keysPerEntry = measured > 0 ? keys / measured : 0.0;
        for (const domain::RecordType type :
             {domain::RecordType::Birth, domain::RecordType::Marriage, domain::RecordType::Death}) {
            const QString prefix = domain::recordTypeKey(type) + u'.';
            const auto it = latest.find(type);
            if (it == latest.end()) {
                row.reasons.append(prefix + QStringLiteral("missing"));
                continue;
            }
            for (const QString& reason : readinessReasons(it->second->score)) {
                row.reasons.append(prefix + reason);
            }
        }
        row.needsAnotherRound = !row.reasons.isEmpty();
        row.total.ready = !row.needsAnotherRound;
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace dc::core::training
