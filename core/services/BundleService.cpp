// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/BundleService.h"

#include "core/Bytes.h"
#include "core/SiteTime.h"
#include "core/audit/Checkpoint.h"
#include "core/domain/VietnameseText.h"
#include "core/exchange/BundlePayload.h"
#include "core/exchange/Envelope.h"
#include "core/exchange/Headers.h"
#include "core/gateways/AuditGateway.h"
#include "core/gateways/ExchangeGateway.h"
#include "core/keyring/SiteKeys.h"
#include "core/platform/Files.h"
#include "core/services/AwardsService.h"
#include "core/services/EnrollmentService.h"
#include "core/services/SiteAccess.h"
#include "core/store/Transaction.h"
#include "crypto/Encoding.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <map>

namespace dc::core {

namespace {

using exchange::Refusal;

// One bundle of an export: a slice of the rows and the events up to `lastEvent`.
struct Part {
    exchange::BundlePayload payload;
    qint64 firstEvent = 0;
    qint64 lastEvent = 0;
    gateways::ExchangeGateway::Watermarks watermarks;
};

// Splits an export whose payload exceeds the limit: checks in consecutive slices (each with every user and book), the
// work sessions in the first, the reviews and spot-checks in the last; each slice carries the events up to the last
// event about its checks, so that every check travels with (or after) its audit event.
std::vector<Part> split(exchange::BundlePayload whole, const std::vector<qint64>& checkIds, qint64 firstEvent,
                        qint64 lastEvent, const gateways::ExchangeGateway::Watermarks& from,
                        const gateways::ExchangeGateway::Watermarks& to, std::int64_t maxPayloadBytes) {
    const qint64 size = exchange::serializePayload(whole).size();
    if (size <= maxPayloadBytes || whole.checks.size() < 2) {
        return {Part{std::move(whole), firstEvent, lastEvent, to}};
    }
    std::map<QString, qint64> eventOf; // check uuid → its newest event
    for (const audit::Event& e : whole.events) {
        if (e.action.startsWith(QLatin1String("check."))) {
            eventOf[e.subject] = e.seq;
        }
    }
    const auto parts = static_cast<std::size_t>(
        std::min<qint64>(static_cast<qint64>(whole.checks.size()), (size + maxPayloadBytes - 1) / maxPayloadBytes * 2));
    const std::size_t perPart = (whole.checks.size() + parts - 1) / parts;
    std::vector<Part> out;
    qint64 nextEvent = firstEvent;
    gateways::ExchangeGateway::Watermarks marks = from;
    marks.insert(QStringLiteral("sessions"), to.value(QLatin1String("sessions")));
    marks.insert(QStringLiteral("sessionEvents"), to.value(QLatin1String("sessionEvents")));
    for (std::size_t start = 0; start < whole.checks.size(); start += perPart) {
        const std::size_t end = std::min(whole.checks.size(), start + perPart);
        const bool last = end == whole.checks.size();
        Part part;
        part.payload.users = whole.users;
        part.payload.books = whole.books;
        if (out.empty()) {
            part.payload.sessions = std::move(whole.sessions);
            part.payload.sessionEvents = std::move(whole.sessionEvents);
        }
        qint64 upTo = nextEvent;
        for (std::size_t i = start; i < end; ++i) {
            upTo = std::max(upTo, eventOf[whole.checks[i].value(QLatin1String("uuid")).toString()]);
            part.payload.checks.push_back(std::move(whole.checks[i]));
        }
        if (last) {
            upTo = lastEvent;
            part.payload.reviews = std::move(whole.reviews);
            part.payload.spotSamples = std::move(whole.spotSamples);
            part.payload.spotItems = std::move(whole.spotItems);
            part.payload.spotResults = std::move(whole.spotResults);
            marks = to;
        } else {
            marks.insert(QStringLiteral("checks"), static_cast<double>(checkIds[end - 1]));
        }
        for (const audit::Event& e : whole.events) {
            if (e.seq >= nextEvent && e.seq <= upTo) {
                part.payload.events.push_back(e);
            }
        }
        part.firstEvent = nextEvent;
        part.lastEvent = upTo;
        part.watermarks = marks;
        nextEvent = upTo + 1;
        out.push_back(std::move(part));
    }
    return out;
}

} // namespace

QString BundleService::bundleFileName(const QString& district, const QString& commune, const QDate& day,
                                      qint64 sequence, NameDate style) {
    const QString date = style == NameDate::Iso ? sitetime::dayKey(day) : day.toString(QStringLiteral("dd-MM-yyyy"));
    return QStringLiteral("%1-%2-%3-%4.bundle")
        .arg(slug(district), slug(commune), date)
        .arg(sequence, 4, 10, QLatin1Char('0'));
}

Result<QString> BundleService::nextBundleFileName(Session& session, NameDate style) {
    return access::guarded([&]() -> Result<QString> {
        auto enrollment = EnrollmentService::exchangeReady(session, "name the next bundle");
        if (!enrollment) {
            return enrollment.error();
        }
        const auto previous = gateways::ExchangeGateway(session.database()).lastExport();
        return bundleFileName(enrollment->district, enrollment->commune, sitetime::dayOf(session.now()),
                              previous ? previous->sequence + 1 : 1, style);
    });
}

QString BundleService::slug(const QString& name) {
    const QString folded = domain::foldForSearch(name);
    QString out;
    for (const QChar c : folded) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            out.append(c);
        } else if (!out.isEmpty() && !out.endsWith(u'-')) {
            out.append(u'-');
        }
    }
    while (out.endsWith(u'-')) {
        out.chop(1);
    }
    return out.isEmpty() ? QStringLiteral("site") : out;
}

Result<std::vector<ExportedBundle>> BundleService::exportBundle(Session& session, const QString& outputDir,
                                                                std::int64_t maxPayloadBytes) {
    return access::guarded([&]() -> Result<std::vector<ExportedBundle>> {
        auto enrollment = EnrollmentService::exchangeReady(session, "export a bundle");
        if (!enrollment) {
            return enrollment.error();
        }
        if (!QFileInfo(outputDir).isDir()) {
            return makeError(ErrorCode::IoError, QStringLiteral("the output folder does not exist"));
        }
        const keyring::SiteKeys& keys = *session.siteKeys();
        store::Database& db = session.database();
        gateways::ExchangeGateway exchange(db);
        gateways::AuditGateway audit(db);
        const auto current = audit.currentSiteKey();
        if (!current || current->signingPublic != keys.signingPublic) {
            return makeError(ErrorCode::SiteKeyDamaged,
                             QStringLiteral("the site's signing key in the database is not the supervisors'"));
        }

        if (!enrollment->siteKeyId.isEmpty() && enrollment->siteKeyId != keys.keyId) {
            return makeError(
                ErrorCode::NotEnrolled,
                QStringLiteral("the site's keys changed since it was enrolled: enroll again (a new epoch)"));
        }

        // One transaction: a consistent snapshot of the rows and the chain, and the export's own rows.
        store::Transaction transaction(db);
        const auto previous = exchange.lastExport();
        const qint64 sequence = previous ? previous->sequence + 1 : 1;
        gateways::ExchangeGateway::Watermarks from;
        qint64 fromEvent = 0;
        if (const auto receipt = exchange.latestReceipt()) {
            if (const auto acknowledged = exchange.exportBySequence(receipt->sequence)) {
                from = acknowledged->watermarks;
                fromEvent = acknowledged->lastEvent;
            }
        }
        access::record(session, QStringLiteral("bundle.exported"), session.databaseId(),
                       {{QStringLiteral("sequence"), sequence},
                        {QStringLiteral("hub"), enrollment->hub},
                        {QStringLiteral("epoch"), static_cast<qint64>(enrollment->epoch)},
                        {QStringLiteral("after"), fromEvent}});
        const audit::Event head = audit::head(db);
        const gateways::ExchangeGateway::Watermarks to = exchange.currentWatermarks();
        exchange::BundlePayload whole;
        std::vector<qint64> checkIds;
        exchange.readRows(from, to, whole, checkIds);
        whole.events = audit.between(fromEvent + 1, head.seq);
        std::vector<Part> parts = split(std::move(whole), checkIds, fromEvent + 1, head.seq, from, to, maxPayloadBytes);

        const QString now = toStoredTime(session.now());
        const QDate day = sitetime::dayOf(session.now());
        QString previousId = previous ? previous->bundleId : QString();
        std::vector<ExportedBundle> written;
        std::vector<std::pair<QString, QByteArray>> files;
        qint64 partSequence = sequence;
        for (Part& part : parts) {
            const audit::Hash lastHash = part.payload.events.empty() ? head.hash : part.payload.events.back().hash;
            const QByteArray note =
                audit::signCheckpoint(session.databaseId(), part.lastEvent, lastHash, keys.signingSeed);
            audit.addCheckpoint({part.lastEvent, now, note});
            const QByteArray plain = exchange::serializePayload(part.payload);
            if (plain.size() > maxPayloadBytes && plain.size() > exchange::kMaxBundlePayloadBytes - 1024) {
                return makeError(ErrorCode::InvalidInput, QStringLiteral("one slice of the export is too large"));
            }
            const qint64 checks = static_cast<qint64>(part.payload.checks.size());
            const QJsonObject header{
                {QStringLiteral("format"), QLatin1String(exchange::kBundleFormat)},
                {QStringLiteral("site"), session.databaseId()},
                {QStringLiteral("epoch"), static_cast<qint64>(enrollment->epoch)},
                {QStringLiteral("hub"), enrollment->hub},
                {QStringLiteral("recipientKey"), enrollment->hubKeyId},
                {QStringLiteral("sequence"), partSequence},
                {QStringLiteral("previous"), previousId},
                {QStringLiteral("events"), QJsonArray{part.firstEvent, part.lastEvent}},
                {QStringLiteral("checkpoint"), QString::fromUtf8(note)},
                {QStringLiteral("checks"), checks},
                {QStringLiteral("createdAt"), now},
                {QStringLiteral("encoding"), QLatin1String(exchange::kBundleJsonZstd)},
            };
            // The JSON is limited (and split) by its own size; the file carries it compressed (never larger than the
            // JSON by more than Zstandard's bound, but checked: the hub refuses a payload past the limit).
            const QByteArray compressed = exchange::compressPayload(plain);
            if (compressed.size() > exchange::kMaxBundlePayloadBytes - 1024) {
                return makeError(ErrorCode::InvalidInput, QStringLiteral("one slice of the export is too large"));
            }
            auto built = exchange::buildEnvelope(exchange::FileKind::Bundle, header, asBytes(compressed),
                                                 enrollment->hubBox, keys.signingSeed);
            if (!built) {
                return built.error();
            }
            auto parsed = exchange::parseEnvelope(built.value(), exchange::FileKind::Bundle);
            if (!parsed) {
                return makeError(ErrorCode::Internal, QStringLiteral("a bundle just built does not parse"));
            }
            const QString id = exchange::fileId(parsed->header);
            const QString name =
                bundleFileName(enrollment->district, enrollment->commune, day, partSequence, NameDate::Iso);
            exchange.insertExport({partSequence, enrollment->epoch, id, part.firstEvent, part.lastEvent,
                                   part.watermarks, checks, name, now});
            const QString path = QDir(outputDir).filePath(name);
            files.emplace_back(path, std::move(built).value());
            written.push_back({path, partSequence, part.firstEvent, part.lastEvent, checks});
            previousId = id;
            ++partSequence;
        }
        for (const auto& [path, bytes] : files) {
            if (auto saved = platform::writeFileAtomically(path, bytes, true); !saved) {
                for (const ExportedBundle& done : written) {
                    if (done.file == path) {
                        break;
                    }
                    QFile::remove(done.file);
                }
                return saved.error();
            }
        }
        transaction.commit();
        access::raiseMark(session, true);
        return written;
    });
}

Result<RecordedReceipt> BundleService::recordReceipt(Session& session, const QString& path) {
    return access::guarded([&]() -> Result<RecordedReceipt> {
        auto enrollment = EnrollmentService::exchangeReady(session, "record a receipt");
        if (!enrollment) {
            return enrollment.error();
        }
        auto parsed = exchange::readEnvelope(path, exchange::FileKind::Receipt);
        if (!parsed) {
            return parsed.error();
        }
        const QJsonObject& header = parsed->headerJson;
        if (header.value(QLatin1String("format")).toString() != QLatin1String("doichieu-receipt/1")) {
            return exchange::toError(Refusal::Damaged, QStringLiteral("not a receipt of a known format"));
        }
        if (header.value(QLatin1String("hub")).toString() != enrollment->hub) {
            return exchange::toError(Refusal::UnknownSender,
                                     QStringLiteral("the receipt is not from this workstation's hub"));
        }
        if (header.value(QLatin1String("site")).toString() != session.databaseId()) {
            return exchange::toError(Refusal::WrongRecipient, QStringLiteral("the receipt is for another site"));
        }
        if (auto verified = exchange::verifyEnvelope(parsed.value(), enrollment->hubSigning); !verified) {
            return exchange::toError(verified.refused());
        }
        auto opened = exchange::openPayload(parsed.value(), session.siteKeys()->boxPrivate);
        if (!opened) {
            return exchange::toError(opened.refused());
        }
        const QByteArray plain(reinterpret_cast<const char*>(opened->data()), static_cast<qsizetype>(opened->size()));
        const QJsonDocument payload = QJsonDocument::fromJson(plain);
        const auto number = [&header](const char* key) -> std::optional<qint64> {
            const QJsonValue v = header.value(QLatin1String(key));
            if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 9.0e15 ||
                v.toDouble() != std::floor(v.toDouble())) {
                return std::nullopt;
            }
            return static_cast<qint64>(v.toDouble());
        };
        const auto sequence = number("sequence");
        const auto lastEvent = number("lastEvent");
        const auto entries = number("entries");
        const QJsonObject checkpoint = header.value(QLatin1String("checkpoint")).toObject();
        const QJsonValue size = checkpoint.value(QLatin1String("size"));
        const QString issuedAt = header.value(QLatin1String("issuedAt")).toString();
        if (!sequence || !lastEvent || !entries || !size.isDouble() || issuedAt.isEmpty() || issuedAt.size() > 40 ||
            !payload.isObject() || !payload.object().value(QLatin1String("decisions")).isArray()) {
            return exchange::toError(Refusal::Damaged, QStringLiteral("the receipt's fields are missing or malformed"));
        }
        store::Database& db = session.database();
        gateways::ExchangeGateway exchange(db);
        const auto acknowledged = exchange.exportBySequence(*sequence);
        if (!acknowledged || acknowledged->lastEvent != *lastEvent) {
            return exchange::toError(Refusal::Damaged,
                                     QStringLiteral("the receipt acknowledges a bundle this site did not write"));
        }
        // The hub must hold this very chain: its head hash at lastEvent is ours.
        const auto ours = gateways::AuditGateway(db).hashAt(*lastEvent);
        const auto theirs = crypto::fromHex(checkpoint.value(QLatin1String("head")).toString().toStdString());
        if (!ours || !theirs || theirs->size() != ours->size() ||
            !std::equal(ours->begin(), ours->end(), theirs->begin())) {
            return exchange::toError(Refusal::Rollback,
                                     QStringLiteral("the hub holds a chain that is not this site's"));
        }
        std::vector<gateways::ExchangeGateway::Decision> decisions;
        for (const QJsonValue& value : payload.object().value(QLatin1String("decisions")).toArray()) {
            const QJsonObject d = value.toObject();
            gateways::ExchangeGateway::Decision decision{
                d.value(QLatin1String("uuid")).toString(),      d.value(QLatin1String("check")).toString(),
                d.value(QLatin1String("decision")).toString(),  d.value(QLatin1String("note")).toString(),
                d.value(QLatin1String("decidedBy")).toString(), d.value(QLatin1String("decidedAt")).toString()};
            if (decision.uuid.size() != 36 || decision.checkUuid.size() != 36 || decision.decision.isEmpty() ||
                decision.decision.size() > 32 || decision.note.size() > 4000 || decision.decidedBy.size() > 200 ||
                decision.decidedAt.size() > 40) {
                return exchange::toError(Refusal::Damaged, QStringLiteral("a decision in the receipt is malformed"));
            }
            decisions.push_back(std::move(decision));
        }
        const auto explanations =
            AwardsService::readReceiptExplanations(payload.object().value(QLatin1String("explanations")));
        if (!explanations) {
            return exchange::toError(Refusal::Damaged, QStringLiteral("the receipt's explanations are malformed"));
        }
        store::Transaction transaction(db);
        const QString now = toStoredTime(session.now());
        RecordedReceipt recorded;
        recorded.sequence = *sequence;
        recorded.lastEvent = *lastEvent;
        recorded.entries = *entries;
        recorded.alreadyRecorded = !exchange.insertReceipt(
            {*sequence, *lastEvent, static_cast<qint64>(size.toDouble()), *entries, issuedAt, now, parsed->file});
        for (const auto& decision : decisions) {
            if (exchange.insertDecision(decision, now)) {
                ++recorded.decisions;
            }
        }
        for (const AwardsService::ReceivedExplanation& e : explanations.value()) {
            if (exchange.putExplanation(e.userName, e.json, *sequence, issuedAt, now)) {
                ++recorded.explanations;
            }
        }
        if (!recorded.alreadyRecorded) {
            access::record(session, QStringLiteral("bundle.receipt"), session.databaseId(),
                           {{QStringLiteral("sequence"), *sequence},
                            {QStringLiteral("lastEvent"), *lastEvent},
                            {QStringLiteral("entries"), *entries},
                            {QStringLiteral("decisions"), recorded.decisions}});
        }
        transaction.commit();
        return recorded;
    });
}

Result<DeliveryStatus> BundleService::deliveryStatus(Session& session) {
    return access::guarded([&]() -> Result<DeliveryStatus> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "deliver bundles"); !kind) {
            return kind.error();
        }
        gateways::ExchangeGateway exchange(session.database());
        DeliveryStatus status;
        if (const auto last = exchange.lastExport()) {
            status.exported = last->sequence;
        }
        if (const auto receipt = exchange.latestReceipt()) {
            status.acknowledged = true;
            status.sequence = receipt->sequence;
            status.lastEvent = receipt->lastEvent;
            status.entries = receipt->entries;
            status.issuedAt = receipt->issuedAt;
            const auto events =
                gateways::AuditGateway(session.database()).between(receipt->lastEvent, receipt->lastEvent);
            status.lastEventAt = events.empty() ? QString() : events.front().at;
            status.day = sitetime::dayOfStored(status.lastEventAt.isEmpty() ? status.issuedAt : status.lastEventAt);
        }
        return status;
    });
}

} // namespace dc::core
