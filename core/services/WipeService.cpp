// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/WipeService.h"

#include "core/audit/AuditLog.h"
#include "core/domain/VietnameseText.h"
#include "core/exchange/Envelope.h"
#include "core/gateways/AuditGateway.h"
#include "core/gateways/ExchangeGateway.h"
#include "core/gateways/HubGateway.h"
#include "core/gateways/WipeGateway.h"
#include "core/keyring/SiteKeys.h"
#include "core/platform/Files.h"
#include "core/services/EnrollmentService.h"
#include "core/services/SiteAccess.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "crypto/Encoding.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace dc::core {

namespace {

using exchange::Refusal;

constexpr auto kFormat = "doichieu-wipe/1";
// The receipt's own recording is the one event a workstation writes after its last bundle that the hub cannot
// acknowledge (it would take another bundle and another receipt, forever).
constexpr auto kReceiptAction = "bundle.receipt";
// The kinds a statement may name (WipedFile::kind).
const QSet<QString>& fileKinds() {
    static const QSet<QString> kinds{QStringLiteral("database"), QStringLiteral("journal"), QStringLiteral("keyring"),
                                     QStringLiteral("mark"),     QStringLiteral("sign-in"), QStringLiteral("bundle"),
                                     QStringLiteral("export")};
    return kinds;
}
// A statement names at most this many files (its header is at most 64 KiB, docs/HUB.md).
constexpr qsizetype kMaxFiles = 400;

QString hexOf(const audit::Hash& hash) {
    return QString::fromStdString(crypto::toHex(hash));
}

// The files to wipe, in the order they go: the export folders' files and bundles first, the site's own files last (a
// failure part-way leaves the site whole as long as it can).
std::vector<WipedFile> planFiles(const SitePaths& paths, const std::vector<QString>& bundleNames,
                                 const QStringList& exportFolders, const QString& statementPath) {
    std::vector<WipedFile> site;
    const auto add = [&site](const QString& kind, const QString& path) {
        site.push_back({kind, QFileInfo(path).fileName(), QFileInfo(path).absoluteFilePath(), 0});
    };
    const QDir siteFolder = QFileInfo(paths.database).absoluteDir();
    for (const QString& name : bundleNames) {
        add(QStringLiteral("bundle"), siteFolder.filePath(name));
    }
    add(QStringLiteral("sign-in"), paths.signInState);
    add(QStringLiteral("mark"), paths.mark);
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        add(QStringLiteral("journal"), paths.database + QLatin1String(suffix));
    }
    add(QStringLiteral("database"), paths.database);
    // Copies of a keyring found damaged at sign-in (SignIn: "<keyring>.damaged-<time>").
    const QString keyringName = QFileInfo(paths.keyring).fileName();
    for (const QFileInfo& info :
         QFileInfo(paths.keyring)
             .absoluteDir()
             .entryInfoList({keyringName + QStringLiteral(".damaged-*")}, QDir::Files | QDir::Hidden, QDir::Name)) {
        add(QStringLiteral("keyring"), info.absoluteFilePath());
    }
    add(QStringLiteral("keyring"), paths.keyring);

    QSet<QString> taken;
    for (const WipedFile& f : site) {
        taken.insert(f.path);
    }
    taken.insert(QFileInfo(statementPath).absoluteFilePath());
    std::vector<WipedFile> out;
    for (const QString& folder : exportFolders) {
        for (const QFileInfo& info :
             QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDir::Name)) {
            const QString path = info.absoluteFilePath();
            if (!taken.contains(path)) {
                taken.insert(path);
                out.push_back({QStringLiteral("export"), info.fileName(), path, 0});
            }
        }
    }
    for (WipedFile& f : site) {
        if (QFileInfo(f.path).exists() || QFileInfo(f.path).isSymLink()) {
            out.push_back(std::move(f));
        }
    }
    return out;
}

std::optional<qint64> wholeNumber(const QJsonValue& v) {
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 9.0e15 || v.toDouble() != std::floor(v.toDouble())) {
        return std::nullopt;
    }
    return static_cast<qint64>(v.toDouble());
}

} // namespace

Result<WipeDone> WipeService::wipe(std::unique_ptr<Session> session, const WipeRequest& request) {
    if (!session) {
        return makeError(ErrorCode::Internal, QStringLiteral("no session to wipe"));
    }
    return access::guarded([&]() -> Result<WipeDone> {
        auto enrollment = EnrollmentService::exchangeReady(*session, "wipe the workstation");
        if (!enrollment) {
            return enrollment.error();
        }
        const QString place = enrollment->district + QLatin1Char('/') + enrollment->commune;
        if (domain::normalizedText(request.confirm) != domain::normalizedText(place)) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the confirmation does not name this workstation's commune as "
                                            "\"District/Commune\""));
        }
        const QFileInfo statementInfo(request.statementPath);
        if (request.statementPath.isEmpty() || statementInfo.exists() || statementInfo.isSymLink()) {
            return makeError(ErrorCode::IoError, QStringLiteral("the statement's file already exists"));
        }
        if (!QFileInfo(statementInfo.absolutePath()).isDir() || !QFileInfo(statementInfo.absolutePath()).isWritable()) {
            return makeError(ErrorCode::IoError, QStringLiteral("the statement's folder cannot be written"));
        }
        for (const QString& folder : request.exportFolders) {
            if (!QFileInfo(folder).isDir()) {
                return makeError(ErrorCode::IoError, QStringLiteral("the export folder %1 does not exist").arg(folder));
            }
        }

        store::Database& db = session->database();
        gateways::ExchangeGateway exchange(db);
        gateways::AuditGateway audit(db);
        const auto receipt = exchange.latestReceipt();
        if (!receipt) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("no receipt from the hub yet: export a final bundle, take it to the "
                                            "office and record its receipt first"));
        }
        const qint64 pending = audit.countAfterExcept(receipt->lastEvent, QString::fromLatin1(kReceiptAction));
        if (pending > 0) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the hub's newest receipt does not acknowledge %1 event(s): export a final "
                                            "bundle and record its receipt first")
                                 .arg(pending));
        }
        const auto acknowledgedHash = audit.hashAt(receipt->lastEvent);
        if (!acknowledgedHash) {
            return makeError(ErrorCode::Internal, QStringLiteral("the acknowledged event is not in the chain"));
        }
        const audit::Event head = audit::head(db);
        // Nobody else may keep the database open while it is wiped (the GUI beside the CLI); this also folds the WAL
        // into the database.
        if (!db.takeExclusiveJournal()) {
            return makeError(ErrorCode::SiteInUse,
                             QStringLiteral("the site is open in another program; close it and try again"));
        }

        const SitePaths paths = session->paths();
        const std::vector<QString> bundleNames = exchange.exportFileNames();
        const QString site = session->databaseId();
        const QString wipedAt = toStoredTime(session->now());
        const crypto::SecureBuffer seed = session->siteKeys()->signingSeed.clone();
        session.reset(); // closes the database: from here on only files

        std::vector<WipedFile> files = planFiles(paths, bundleNames, request.exportFolders, request.statementPath);
        QJsonArray listed;
        qint64 total = 0;
        int exports = 0;
        for (WipedFile& f : files) {
            const QFileInfo info(f.path);
            if (info.isSymLink() || !info.isFile()) {
                return makeError(ErrorCode::IoError, QStringLiteral("%1 is not a regular file").arg(f.path));
            }
            f.bytes = info.size();
            total += f.bytes;
            // An export's name is the supervisor's choice and may name a person ("ds-nguyen-van-an.xlsx"): the
            // statement numbers the exports instead. The program's own files keep their names.
            const QString listedName =
                f.kind == QLatin1String("export") ? QStringLiteral("export-%1").arg(++exports) : f.name;
            listed.append(QJsonObject{{QStringLiteral("kind"), f.kind},
                                      {QStringLiteral("name"), listedName},
                                      {QStringLiteral("bytes"), f.bytes}});
        }
        if (files.size() > static_cast<std::size_t>(kMaxFiles)) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("more than %1 files to wipe: name fewer export folders").arg(kMaxFiles));
        }
        const QJsonObject header{
            {QStringLiteral("format"), QLatin1String(kFormat)},
            {QStringLiteral("site"), site},
            {QStringLiteral("epoch"), static_cast<qint64>(enrollment->epoch)},
            {QStringLiteral("hub"), enrollment->hub},
            {QStringLiteral("keyId"), enrollment->siteKeyId},
            {QStringLiteral("district"), enrollment->district},
            {QStringLiteral("commune"), enrollment->commune},
            {QStringLiteral("acknowledged"), QJsonObject{{QStringLiteral("sequence"), receipt->sequence},
                                                         {QStringLiteral("lastEvent"), receipt->lastEvent},
                                                         {QStringLiteral("head"), hexOf(*acknowledgedHash)}}},
            {QStringLiteral("chain"), QJsonObject{{QStringLiteral("size"), static_cast<qint64>(head.seq)},
                                                  {QStringLiteral("head"), hexOf(head.hash)}}},
            {QStringLiteral("files"), listed},
            {QStringLiteral("bytes"), total},
            {QStringLiteral("wipedAt"), wipedAt},
        };
        auto statement = exchange::buildEnvelope(exchange::FileKind::Wipe, header, std::nullopt, std::nullopt, seed);
        if (!statement) {
            return statement.error();
        }
        auto parsed = exchange::parseEnvelope(statement.value(), exchange::FileKind::Wipe);
        if (!parsed) {
            return makeError(ErrorCode::Internal, QStringLiteral("a statement just built does not parse"));
        }

        WipeDone done;
        done.statement = statementInfo.absoluteFilePath();
        done.statementId = exchange::fileId(parsed->header);
        done.lastSequence = receipt->sequence;
        done.lastEvent = receipt->lastEvent;
        for (WipedFile& f : files) {
            auto removed = platform::overwriteAndRemove(f.path);
            if (!removed) {
                return removed.error();
            }
            f.bytes = removed.value();
            done.bytes += f.bytes;
        }
        // Checked again as a whole: nothing the plan named is left, under any of its names.
        for (const WipedFile& f : files) {
            if (QFileInfo::exists(f.path) || QFileInfo(f.path).isSymLink()) {
                return makeError(ErrorCode::IoError, QStringLiteral("%1 is still there after the wipe").arg(f.path));
            }
        }
        if (auto saved = platform::writeFileAtomically(done.statement, statement.value(), true); !saved) {
            return saved.error();
        }
        done.files = std::move(files);
        return done;
    });
}

Result<RecordedWipe> WipeService::recordStatement(Session& session, const QString& path) {
    return access::guarded([&]() -> Result<RecordedWipe> {
        if (auto hub = access::requireSiteKind(session, SiteKind::Hub, "record a wipe"); !hub) {
            return hub.error();
        }
        if (auto allowed = access::requireRole(session, Role::Province, "record a wipe"); !allowed) {
            return allowed.error();
        }
        auto parsed = exchange::readEnvelope(path, exchange::FileKind::Wipe);
        if (!parsed) {
            return parsed.error();
        }
        const QJsonObject& header = parsed->headerJson;
        if (header.value(QLatin1String("format")).toString() != QLatin1String(kFormat)) {
            return exchange::toError(Refusal::Damaged, QStringLiteral("not a wipe statement of a known format"));
        }
        if (header.value(QLatin1String("hub")).toString() != session.databaseId()) {
            return exchange::toError(Refusal::WrongRecipient, QStringLiteral("the statement is for another hub"));
        }
        const QString site = header.value(QLatin1String("site")).toString();
        const auto epoch = wholeNumber(header.value(QLatin1String("epoch")));
        if (site.size() != 36 || !epoch) {
            return exchange::toError(Refusal::Damaged, QStringLiteral("the statement's site or epoch is malformed"));
        }
        auto sender = EnrollmentService::senderKeys(session, site, *epoch);
        if (!sender) {
            return sender.error();
        }
        if (!sender.value()) {
            return exchange::toError(Refusal::UnknownSender,
                                     QStringLiteral("the hub never enrolled that site at that epoch"));
        }
        const EnrolledSite& keys = *sender.value();
        if (auto verified = exchange::verifyEnvelope(parsed.value(), keys.signingPublic); !verified) {
            return exchange::toError(verified.refused());
        }
        if (!keys.current) {
            return exchange::toError(Refusal::RetiredSender,
                                     QStringLiteral("the site was enrolled again since that epoch"));
        }

        const QJsonObject acknowledged = header.value(QLatin1String("acknowledged")).toObject();
        const auto sequence = wholeNumber(acknowledged.value(QLatin1String("sequence")));
        const auto lastEvent = wholeNumber(acknowledged.value(QLatin1String("lastEvent")));
        const auto head = crypto::fromHex(acknowledged.value(QLatin1String("head")).toString().toStdString());
        const auto declared = wholeNumber(header.value(QLatin1String("bytes")));
        const QString wipedAt = header.value(QLatin1String("wipedAt")).toString();
        const QJsonValue listed = header.value(QLatin1String("files"));
        if (!sequence || *sequence < 1 || !lastEvent || *lastEvent < 1 || !head || head->size() != 32 || !declared ||
            wipedAt.isEmpty() || wipedAt.size() > 40 || !listed.isArray() || listed.toArray().size() > kMaxFiles ||
            header.value(QLatin1String("district")).toString() != keys.district ||
            header.value(QLatin1String("commune")).toString() != keys.commune) {
            return exchange::toError(Refusal::Damaged,
                                     QStringLiteral("the statement's fields are missing or malformed"));
        }
        qint64 total = 0;
        for (const QJsonValue& value : listed.toArray()) {
            const QJsonObject f = value.toObject();
            const auto bytes = wholeNumber(f.value(QLatin1String("bytes")));
            const QString name = f.value(QLatin1String("name")).toString();
            if (f.size() != 3 || !fileKinds().contains(f.value(QLatin1String("kind")).toString()) || name.isEmpty() ||
                name.size() > 255 || name.contains(QLatin1Char('/')) || !bytes) {
                return exchange::toError(Refusal::Damaged, QStringLiteral("a file in the statement is malformed"));
            }
            total += *bytes;
        }
        if (total != *declared) {
            return exchange::toError(Refusal::Damaged, QStringLiteral("the statement's total does not add up"));
        }

        store::Database& db = session.database();
        gateways::HubGateway hub(db);
        // The hub must hold what the statement says it acknowledged: that bundle applied, and this very chain.
        const auto bundle = hub.bundleAt(site, *sequence);
        const auto ours = hub.chainHashAt(site, *lastEvent);
        if (!bundle || bundle->status != QLatin1String("imported") || !ours) {
            return exchange::toError(
                Refusal::Damaged,
                QStringLiteral("the hub did not apply the bundle the statement says was acknowledged"));
        }
        if (!std::equal(ours->begin(), ours->end(), head->begin())) {
            return exchange::toError(Refusal::Rollback,
                                     QStringLiteral("the statement's chain is not the one the hub holds"));
        }

        RecordedWipe recorded;
        recorded.site = site;
        recorded.epoch = *epoch;
        recorded.district = keys.district;
        recorded.commune = keys.commune;
        recorded.lastSequence = *sequence;
        recorded.files = listed.toArray().size();
        recorded.bytes = total;
        recorded.wipedAt = wipedAt;
        recorded.statementId = exchange::fileId(parsed->header);
        store::Transaction transaction(db);
        recorded.alreadyRecorded = !gateways::WipeGateway(db).insert(
            {recorded.statementId, site, *epoch, keys.district, keys.commune, *sequence, *lastEvent, recorded.files,
             total, wipedAt, toStoredTime(session.now()), session.user().uuid, parsed->file});
        if (!recorded.alreadyRecorded) {
            access::record(session, QStringLiteral("site.wiped"), site,
                           {{QStringLiteral("epoch"), *epoch},
                            {QStringLiteral("sequence"), *sequence},
                            {QStringLiteral("files"), recorded.files},
                            {QStringLiteral("bytes"), total},
                            {QStringLiteral("statement"), recorded.statementId}});
        }
        transaction.commit();
        return recorded;
    });
}

} // namespace dc::core
