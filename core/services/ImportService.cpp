// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/ImportService.h"

#include "core/Bytes.h"
#include "core/Uuid.h"
#include "core/audit/Checkpoint.h"
#include "core/domain/CorrectionClass.h"
#include "core/exchange/BundlePayload.h"
#include "core/exchange/Envelope.h"
#include "core/exchange/Headers.h"
#include "core/gateways/AuditGateway.h"
#include "core/gateways/ExchangeGateway.h"
#include "core/gateways/HubGateway.h"
#include "core/gateways/WipeGateway.h"
#include "core/keyring/SiteKeys.h"
#include "core/platform/Files.h"
#include "core/services/AwardsService.h"
#include "core/services/BundleService.h"
#include "core/services/CheckLog.h"
#include "core/services/EnrollmentService.h"
#include "core/services/SiteAccess.h"
#include "core/store/Transaction.h"
#include "crypto/Encoding.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <deque>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <utility>

namespace dc::core {

namespace {

using exchange::BundleHeader;
using exchange::Refusal;
using gateways::HubGateway;

// A bundle of this size or less (a commune's day is a few hundred KiB, a month a few MiB) may be opened two files
// ahead of the one being written (importAll); a larger one only one ahead, as memory allows.
constexpr qsizetype kSmallBundleBytes = qsizetype{16} * 1024 * 1024;

QString folderBeside(const Session& session, const char* name) {
    return QFileInfo(session.paths().database).absoluteDir().filePath(QLatin1String(name));
}

ImportedFile refusedFile(const QString& file, Refusal reason, const QString& message) {
    return {file, QStringLiteral("refused"), QString::fromLatin1(exchange::refusalName(reason)), message, 0, {}};
}

// Rebuilds the stored form of a check from its payload row, to recompute the content hash its audit event binds.
std::optional<std::pair<LoggedCheck, ContentRefs>> checkOf(const exchange::ParsedCheck& row) {
    const exchange::TableSpec& spec = exchange::checksSpec();
    const exchange::TableSpec& corrections = exchange::correctionsSpec();
    const auto index = [](const exchange::TableSpec& table, const char* key) {
        return static_cast<std::size_t>(exchange::fieldIndex(table, key));
    };
    static const std::size_t kUuid = index(spec, "uuid");
    static const std::size_t kBook = index(spec, "book");
    static const std::size_t kEntry = index(spec, "entry");
    static const std::size_t kRegistrationDate = index(spec, "registrationDate");
    static const std::size_t kSubjectName = index(spec, "subjectName");
    static const std::size_t kOutcome = index(spec, "outcome");
    static const std::size_t kTranscript = index(spec, "transcript");
    static const std::size_t kNote = index(spec, "note");
    static const std::size_t kWarnings = index(spec, "warnings");
    static const std::size_t kSchemaVersion = index(spec, "schemaVersion");
    static const std::size_t kReader = index(spec, "reader");
    static const std::size_t kChecker = index(spec, "checker");
    static const std::size_t kLoggedAt = index(spec, "loggedAt");
    static const std::size_t kSecondsSpent = index(spec, "secondsSpent");
    static const std::size_t kSupersedes = index(spec, "supersedes");
    static const std::size_t kReason = index(spec, "reason");
    static const std::size_t kField = index(corrections, "field");
    static const std::size_t kBefore = index(corrections, "before");
    static const std::size_t kAfter = index(corrections, "after");
    static const std::size_t kClass = index(corrections, "class");
    static const std::size_t kWritingDifference = index(corrections, "writingDifference");
    const auto text = [](const exchange::PlainRow& fields, std::size_t i) { return QString::fromUtf8(fields[i].text); };
    const exchange::PlainRow& f = row.fields;
    LoggedCheck check;
    check.uuid = text(f, kUuid);
    check.entryNumber = static_cast<int>(f[kEntry].integer);
    check.registrationDate = text(f, kRegistrationDate);
    check.subjectName = text(f, kSubjectName);
    const auto outcome = outcomeFromKey(text(f, kOutcome));
    if (!outcome) {
        return std::nullopt;
    }
    check.outcome = *outcome;
    check.transcript = text(f, kTranscript);
    check.note = text(f, kNote);
    const QString warnings = text(f, kWarnings);
    check.warnings = warnings.isEmpty() ? QStringList() : warnings.split(u',');
    check.schemaVersion = text(f, kSchemaVersion);
    check.loggedAt = text(f, kLoggedAt);
    check.secondsSpent = static_cast<int>(f[kSecondsSpent].integer);
    check.reason = text(f, kReason);
    for (const exchange::PlainRow& c : row.corrections) {
        const auto cls = domain::correctionClassFromKey(text(c, kClass));
        if (!cls) {
            return std::nullopt;
        }
        check.corrections.push_back(
            {text(c, kField), text(c, kBefore), text(c, kAfter), *cls, c[kWritingDifference].integer != 0});
    }
    ContentRefs refs{text(f, kBook), text(f, kReader), text(f, kChecker),
                     f[kSupersedes].kind == exchange::PlainValue::Kind::Text ? text(f, kSupersedes) : QString()};
    return std::make_pair(std::move(check), std::move(refs));
}

// A check's content against the audit event that binds it (docs/HUB.md "Import at the hub").
enum class Content : std::uint8_t {
    Ok,
    Malformed, // no audit event, or a row checkOf cannot rebuild
    Mismatch,  // the content hash is not the event's
    Lookup,    // its event is not in the bundle: the hub's chain must be read (on the importing thread)
};

Content contentOf(const exchange::ParsedCheck& row, const std::optional<QString>& details) {
    const auto check = checkOf(row);
    if (!details || !check) {
        return Content::Malformed;
    }
    // Read by the payload's own reader (a Qt JSON document per check was an eighth of the worker's time).
    const QString expected = checkEventMember(*details, "content");
    if (QString::fromStdString(crypto::toHex(contentHash(check->first, check->second))) != expected) {
        return Content::Mismatch;
    }
    return Content::Ok;
}

// What can be known of a bundle without the hub's database: its signature, its payload opened and parsed, its events'
// range and chain, the checkpoint over them, and the content of each check whose event travels with it. Made on a
// worker thread for the next file while the importing thread writes the current one (the database stays
// single-writer: only the importing thread touches it). Each step runs only when the one before it passed (nothing is
// decrypted before the signature is checked), and the importing thread reads the verdicts in the order it always
// checked them, so a file is refused for the same reason, with the same message, as when everything ran in line.
struct Opened {
    std::optional<exchange::Refused> badSignature; // verifyEnvelope refused
    std::optional<exchange::Refused> unopened;     // openPayload refused
    std::optional<QString> unparsable;             // decompressPayload's or parsePayload's detail
    std::optional<exchange::ParsedPayload> payload;
    enum class Events : std::uint8_t { Ok, Range, Chain, Checkpoint } events = Events::Ok;
    std::vector<Content> content; // one per check of the payload
    // What the writing thread needs of the checks and the events beyond their plain rows, made here so that the
    // importing thread reads no JSON: one per check (HubGateway::prepareCheck), and the events as one compressed
    // block of the chain (HubGateway::chainBlock; made again on the importing thread only for a bundle whose first
    // events the hub holds already).
    struct Plain {
        std::vector<HubGateway::IncomingCheck> checks;
        HubGateway::ChainBlock chain;
    } plain;
};

Opened openBundle(const exchange::ParsedEnvelope& envelope, const BundleHeader& header,
                  const crypto::Ed25519PublicKey& signingPublic, const crypto::SecureBuffer& boxPrivate) {
    Opened out;
    if (auto verified = exchange::verifyEnvelope(envelope, signingPublic); !verified) {
        out.badSignature = verified.refused();
        return out;
    }
    auto opened = exchange::openPayload(envelope, boxPrivate);
    if (!opened) {
        out.unopened = opened.refused();
        return out;
    }
    // A compressed payload's JSON is bounded before it is allocated (exchange::decompressPayload).
    std::optional<crypto::SecureBuffer> inflated;
    if (header.compressed) {
        auto decompressed = exchange::decompressPayload(opened->bytes());
        if (!decompressed) {
            out.unparsable = decompressed.error().detail;
            return out;
        }
        opened->clear(); // the compressed copy is not needed while the JSON is read
        inflated = std::move(decompressed).value();
    }
    const crypto::SecureBuffer& json = inflated ? *inflated : opened.value();
    auto parsed = exchange::parsePayload(json.bytes());
    if (!parsed) {
        out.unparsable = parsed.error().detail;
        return out;
    }
    const exchange::ParsedPayload& payload = out.payload.emplace(std::move(parsed).value());
    // The events form the header's range, chain onto each other, hash as stored, end at the checkpoint.
    const std::vector<audit::Event>& events = payload.events;
    if (static_cast<qint64>(events.size()) != header.lastEvent - header.firstEvent + 1) {
        out.events = Opened::Events::Range;
        return out;
    }
    for (std::size_t i = 0; i < events.size(); ++i) {
        const audit::Event& e = events[i];
        if (e.seq != header.firstEvent + static_cast<qint64>(i) || e.site != header.site ||
            audit::eventHash(e) != e.hash || (i > 0 && e.prevHash != events[i - 1].hash) ||
            (e.seq == 1 && e.prevHash != audit::Hash{})) {
            out.events = Opened::Events::Chain;
            return out;
        }
    }
    const auto checkpoint = audit::verifyCheckpoint(header.checkpoint, header.site, signingPublic);
    if (!checkpoint || checkpoint->size != header.lastEvent || checkpoint->head != events.back().hash) {
        out.events = Opened::Events::Checkpoint;
        return out;
    }
    // Each check's content must be the one its audit event binds; the last event naming a check is the one.
    std::unordered_map<QString, QString> detailsOf;
    for (const audit::Event& e : events) {
        if (e.action.startsWith(QLatin1String("check."))) {
            detailsOf[e.subject] = e.details;
        }
    }
    out.content.reserve(payload.checks.size());
    for (const exchange::ParsedCheck& row : payload.checks) {
        const auto found = detailsOf.find(QString::fromLatin1(row.fields.front().text)); // its UUID
        out.content.push_back(found == detailsOf.end() ? Content::Lookup
                                                       : contentOf(row, std::optional<QString>(found->second)));
    }
    Opened::Plain& plain = out.plain;
    plain.checks.reserve(payload.checks.size());
    for (const exchange::ParsedCheck& row : payload.checks) {
        plain.checks.push_back(HubGateway::prepareCheck(row));
    }
    plain.chain = HubGateway::chainBlock(events);
    return out;
}

// A file read, its envelope and header checked, its sender looked up (on the importing thread: these read the
// database), and its opening (openBundle) under way.
struct Prepared {
    QString path;
    std::optional<ImportedFile> refused; // refused before its signature was checked
    exchange::ParsedEnvelope envelope;
    BundleHeader header;
    EnrolledSite site;
    std::future<Opened> opened;
};

class Importer {
public:
    // `careful`: each file applied under its own savepoint, so that a store error leaves the other files in the
    // transaction (importFiles' second attempt). Without it a file is written straight into the import's transaction:
    // a store error then spoils the whole transaction, which importFiles rolls back and runs again carefully.
    Importer(Session& session, bool careful) : m_session(session), m_hub(session.database()), m_careful(careful) {}

    // Checks a file's bytes (`file`, as readBundleFile read them) up to its sender's keys, then opens it (openBundle):
    // on a worker thread when `background`, else when importFile asks for it.
    Prepared readAhead(const QString& path, const exchange::ExchangeFile& file, bool background);
    ImportedFile importFile(Prepared prepared);
    ImportedFile importFile(const QString& path) { return importFile(readAhead(path, readBundleFile(path), false)); }
    // A bundle's bytes, read bounded by the largest bundle: importFiles reads the file after next on a worker.
    static exchange::ExchangeFile readBundleFile(const QString& path) {
        return exchange::readExchangeFile(path, exchange::maxFileBytes(exchange::FileKind::Bundle));
    }

    // After the import's transaction committed: the held files applied are removed from quarantine, and each site that
    // gained anything gets its receipt (one per site and import, saying what the hub now holds). Before the commit
    // neither may happen: a receipt must never announce what a crash could still undo. The receipts were built
    // (signed and sealed) while the commit ran (prepareReceipts); those that were not are built here, half on a worker
    // when `background`.
    void afterCommit(std::vector<ImportedFile>& files, bool background);
    // Just before the commit: everything the receipts say is read inside the import's transaction — what the hub holds
    // of each site, the district's decisions, and the facts of the judging behind the explanations — so that after the
    // commit nothing is read from the database, only built, signed, sealed and written. What it reads is what the
    // commit makes durable; a read that fails fails the import, as any read inside its transaction does (nothing
    // written). The judging itself (pure) and then the receipts (signed and sealed, not written) are made on a worker
    // while the commit runs when `background`, else when afterCommit takes them; a judging that cannot be made leaves
    // the explanations out, never a receipt. A commit that fails drops what was built: nothing was written.
    void prepareReceipts(bool background);
    // The site of the last file importFile imported (empty when it imported nothing).
    [[nodiscard]] const QString& lastSite() const { return m_lastSite; }

private:
    ImportedFile apply(const QString& path, const exchange::ParsedEnvelope& envelope, const BundleHeader& header,
                       const EnrolledSite& site, const QString& id, bool wasHeld, const Opened& opened);
    // What a receipt says of its site, read before the commit (prepareReceipts).
    struct ReceiptDraft {
        EnrolledSite site;
        qint64 sequence = 0;
        QJsonObject header;
        QJsonArray decisions;
    };
    using Explanations = std::optional<std::map<QString, QJsonArray>>;
    // Each receipt independent of the others, given the explanations, the hub's keys (read on the importing thread)
    // and the receipts' folder: built on the judging's worker, or by afterCommit on two threads.
    static std::optional<platform::FileToWrite> buildReceipt(const ReceiptDraft& draft, const keyring::SiteKeys& keys,
                                                             const QString& issuedAt, const QString& folder,
                                                             const Explanations& explanations);
    void takeJudging();
    void retryHeld(const QString& siteUuid);

    Session& m_session;
    HubGateway m_hub;
    const bool m_careful;
    int m_depth = 0;
    QString m_lastSite;
    std::map<QString, EnrolledSite> m_receiptsDue; // by site UUID
    std::vector<ReceiptDraft> m_drafts;            // prepareReceipts
    // The receipts' explanations by site UUID, from the judging of every volunteer made once per import (issue 15
    // part 3): read before the commit, judged and explained on a worker while it commits (prepareReceipts), taken
    // after the commit (takeJudging). Absent when the judging could not be made. With them, the receipts of m_drafts,
    // index for index, built on the same worker (empty when the hub's keys were not at hand).
    struct Judged {
        Explanations explanations;
        std::vector<std::optional<platform::FileToWrite>> receipts;
    };
    std::future<Judged> m_judging;
    Judged m_judged;
    bool m_judgingTaken = false;
    QString m_issuedAt; // one time for the import's receipts, taken before they are built
    QStringList m_removeAfterCommit;
    // The opened bundles importFile is done with: freed by the next worker readAhead starts (a bundle's parsed rows
    // are many small allocations, and freeing them cost the importing thread about 7 % of its time).
    std::vector<std::shared_ptr<const Opened>> m_spent;
    // The files' bytes (a bundle's whole file, up to 256 MiB) applied since, freed with m_spent on that worker: a
    // large block is handed back to the system when freed, which on the importing thread was about 1 % of its time.
    std::vector<QByteArray> m_spentFiles;
    // Ready once the last file readAhead handed to a worker is opened.
    std::shared_future<void> m_lastOpened;
};

Prepared Importer::readAhead(const QString& path, const exchange::ExchangeFile& file, bool background) {
    Prepared p;
    p.path = path;
    const QString& name = path;
    const auto refuse = [&p](ImportedFile file) {
        p.refused = std::move(file);
        return std::move(p);
    };
    if (file.failure) {
        if (*file.failure == exchange::ExchangeReadFailure::TooLarge) {
            return refuse(refusedFile(name, Refusal::TooLarge, QStringLiteral("the file is larger than any bundle")));
        }
        return refuse(refusedFile(name, Refusal::Damaged, QStringLiteral("the file cannot be read")));
    }
    auto parsed = exchange::parseEnvelope(file.bytes, exchange::FileKind::Bundle);
    if (!parsed) {
        return refuse(refusedFile(name, parsed.refused().reason, parsed.refused().detail));
    }
    const auto header = exchange::readBundleHeader(parsed->headerJson);
    if (!header) {
        return refuse(refusedFile(name, Refusal::Damaged, QStringLiteral("the bundle's header is malformed")));
    }
    const auto ownKey = gateways::AuditGateway(m_session.database()).currentSiteKey();
    if (header->hub != m_session.databaseId() || !ownKey || header->recipientKey != ownKey->keyId) {
        return refuse(
            refusedFile(name, Refusal::WrongRecipient, QStringLiteral("the bundle is addressed to another hub")));
    }
    auto pinned = EnrollmentService::senderKeys(m_session, header->site, header->epoch);
    if (!pinned) {
        return refuse(refusedFile(name, Refusal::Damaged, QStringLiteral("the hub's enrollments cannot be read")));
    }
    const std::optional<EnrolledSite>& site = pinned.value();
    if (!site) {
        return refuse(
            refusedFile(name, Refusal::UnknownSender, QStringLiteral("the sending site is not enrolled here")));
    }
    if (!site->current) {
        return refuse(refusedFile(name, Refusal::RetiredSender,
                                  QStringLiteral("the sending site's keys of that epoch are retired")));
    }
    p.envelope = std::move(parsed).value();
    p.header = *header;
    p.site = *site;
    // The worker gets its own copies (the file's bytes are shared, not copied) and the hub's private key by reference:
    // the session outlives the import, and importFiles waits for every worker before it returns.
    const crypto::SecureBuffer* boxPrivate = &m_session.siteKeys()->boxPrivate;
    std::vector<std::shared_ptr<const Opened>> spent;
    spent.swap(m_spent);
    std::vector<QByteArray> spentFiles;
    spentFiles.swap(m_spentFiles);
    // Two files may be opening at once (importAll looks two ahead): the second waits for the first to be opened, so
    // the files are opened one after another, in order, and never take the processor from each other.
    std::promise<void> opened;
    std::shared_future<void> previous;
    if (background) {
        previous = std::exchange(m_lastOpened, opened.get_future().share());
    }
    p.opened = std::async(background ? std::launch::async : std::launch::deferred,
                          [envelope = p.envelope, header = p.header, signing = p.site.signingPublic, boxPrivate,
                           spent = std::move(spent), spentFiles = std::move(spentFiles), previous = std::move(previous),
                           opened = std::move(opened)]() mutable {
                              if (previous.valid()) {
                                  previous.wait();
                              }
                              const struct Done {
                                  std::promise<void>& opened;
                                  ~Done() { opened.set_value(); } // opened or refused (or thrown): the next may start
                              } done{opened};
                              spent.clear();
                              spentFiles.clear();
                              return openBundle(envelope, header, signing, *boxPrivate);
                          });
    return p;
}

ImportedFile Importer::importFile(Prepared prepared) {
    m_lastSite.clear();
    if (prepared.refused) {
        return std::move(*prepared.refused);
    }
    const QString& name = prepared.path;
    const BundleHeader& header = prepared.header;
    // Kept alive here while this file is applied (a held bundle retried meanwhile may hand m_spent to a worker).
    const std::shared_ptr<const Opened> kept = std::make_shared<const Opened>(prepared.opened.get());
    m_spent.push_back(kept);
    m_spentFiles.push_back(prepared.envelope.file); // shared, not copied: the last reference goes to a worker
    const Opened& opened = *kept;
    if (opened.badSignature) {
        return refusedFile(name, opened.badSignature->reason, opened.badSignature->detail);
    }
    const QString id = exchange::fileId(prepared.envelope.header);
    bool wasHeld = false;
    if (const auto seen = m_hub.bundle(id)) {
        if (seen->status == QLatin1String("imported")) {
            return {name,         QStringLiteral("already-imported"),
                    {},           QStringLiteral("this bundle was imported before"),
                    seen->checks, {}};
        }
        wasHeld = true;
    } else if (const auto same = m_hub.bundleAt(header.site, header.sequence)) {
        const QString now = toStoredTime(m_session.now());
        store::Savepoint transaction(m_session.database());
        m_hub.addAlarm(
            header.site,
            {QStringLiteral("fork"), id,
             QStringLiteral("bundle %1 of this site differs from the one already received").arg(header.sequence), now});
        transaction.commit();
        return refusedFile(name, Refusal::Fork,
                           QStringLiteral("another bundle with sequence %1 was already received from this site: a fork")
                               .arg(header.sequence));
    }
    return apply(name, prepared.envelope, header, prepared.site, id, wasHeld, opened);
}

ImportedFile Importer::apply(const QString& name, const exchange::ParsedEnvelope& envelope, const BundleHeader& header,
                             const EnrolledSite& site, const QString& id, bool wasHeld, const Opened& opened) {
    if (opened.unopened) {
        return refusedFile(name, opened.unopened->reason, opened.unopened->detail);
    }
    if (opened.unparsable) {
        return refusedFile(name, Refusal::Damaged, *opened.unparsable);
    }
    switch (opened.events) {
    case Opened::Events::Ok:
        break;
    case Opened::Events::Range:
        return refusedFile(name, Refusal::Damaged, QStringLiteral("the events do not fill the header's range"));
    case Opened::Events::Chain:
        return refusedFile(name, Refusal::Damaged, QStringLiteral("the events do not form a chain"));
    case Opened::Events::Checkpoint:
        return refusedFile(name, Refusal::Damaged, QStringLiteral("the checkpoint does not sign the bundle's head"));
    }
    const exchange::ParsedPayload& payload = *opened.payload;
    const std::vector<audit::Event>& events = payload.events;
    const qint64 held = m_hub.chainLength(header.site);
    const QString now = toStoredTime(m_session.now());
    // Every event the hub holds already must be the same, and the first new one must continue the chain.
    for (const audit::Event& e : events) {
        if (e.seq > held + 1) {
            break;
        }
        const auto ours = e.seq <= held ? m_hub.chainHashAt(header.site, e.seq) : std::optional<audit::Hash>{};
        const bool agrees = e.seq <= held ? (ours && *ours == e.hash)
                                          : (e.seq == 1 || m_hub.chainHashAt(header.site, e.seq - 1) == e.prevHash);
        if (!agrees) {
            store::Savepoint transaction(m_session.database());
            m_hub.addAlarm(header.site, {QStringLiteral("rollback"), id,
                                         QStringLiteral("event %1 differs from the one the hub holds: the site's chain "
                                                        "was rolled back or rewritten")
                                             .arg(e.seq),
                                         now});
            transaction.commit();
            return refusedFile(name, Refusal::Rollback,
                               QStringLiteral("its chain disagrees with the one the hub holds at event %1").arg(e.seq));
        }
    }
    // The chain the site showed at enrollment (its request's signed checkpoint) must be the one it ships.
    if (site.baseHead && site.baseSize >= header.firstEvent && site.baseSize <= header.lastEvent &&
        events[static_cast<std::size_t>(site.baseSize - header.firstEvent)].hash != *site.baseHead) {
        store::Savepoint transaction(m_session.database());
        m_hub.addAlarm(
            header.site,
            {QStringLiteral("rollback"), id,
             QStringLiteral("event %1 differs from the chain the site showed at enrollment").arg(site.baseSize), now});
        transaction.commit();
        return refusedFile(
            name, Refusal::Rollback,
            QStringLiteral("its chain disagrees with the one shown at enrollment at event %1").arg(site.baseSize));
    }
    if (header.firstEvent > held + 1) {
        if (wasHeld) {
            return {name, QStringLiteral("held"), {}, QStringLiteral("still waiting for the bundles before it"), 0, {}};
        }
        const QString quarantine = folderBeside(m_session, "quarantine");
        if (!QDir().mkpath(quarantine)) {
            return refusedFile(name, Refusal::Damaged, QStringLiteral("the quarantine folder cannot be made"));
        }
        const QString kept = QDir(quarantine).filePath(id + QStringLiteral(".bundle"));
        if (auto copied = platform::writeFileAtomically(kept, envelope.file); !copied) {
            return refusedFile(name, Refusal::Damaged, QStringLiteral("the bundle cannot be kept in quarantine"));
        }
        store::Savepoint transaction(m_session.database());
        m_hub.insertBundle({id, header.site, header.epoch, header.sequence, header.firstEvent, header.lastEvent,
                            header.checks, QStringLiteral("held"), kept, now},
                           {});
        m_hub.addAlarm(header.site, {QStringLiteral("held"), id,
                                     QStringLiteral("bundle %1 starts at event %2; the hub holds up to %3")
                                         .arg(header.sequence)
                                         .arg(header.firstEvent)
                                         .arg(held),
                                     now});
        transaction.commit();
        return {name, QStringLiteral("held"),
                {},   QStringLiteral("kept in quarantine until the bundles before it arrive"),
                0,    {}};
    }
    if (header.lastEvent <= held) {
        return {name, QStringLiteral("already-imported"),
                {},   QStringLiteral("the hub already holds every event of this bundle"),
                0,    {}};
    }
    // Each check's content must be the one its audit event binds (openBundle judged those whose event came with it).
    for (std::size_t i = 0; i < payload.checks.size(); ++i) {
        Content content = opened.content[i];
        if (content == Content::Lookup) {
            content = contentOf(payload.checks[i], m_hub.checkEventDetails(header.site, opened.plain.checks[i].uuid));
        }
        if (content == Content::Malformed) {
            return refusedFile(name, Refusal::Damaged, QStringLiteral("a check has no audit event or is malformed"));
        }
        if (content == Content::Mismatch) {
            return refusedFile(name, Refusal::Damaged,
                               QStringLiteral("a check's content does not match its audit event"));
        }
    }

    // Inside a savepoint SQLite copies every page the file changes that the transaction had changed before into its
    // sub-journal: measured at province scale, 10-30 % of the importing thread. Only the careful attempt pays it.
    std::optional<store::Savepoint> transaction;
    if (m_careful) {
        transaction.emplace(m_session.database());
    }
    m_hub.beginBundle();
    // The events after the hub's head (the bundle's last one is beyond it: see already-imported above).
    if (events.front().seq > held) {
        m_hub.appendChain(header.site, opened.plain.chain);
    } else {
        const auto alreadyHeld = static_cast<std::size_t>(held + 1 - events.front().seq); // events the hub holds
        m_hub.appendChain(header.site,
                          HubGateway::chainBlock(std::span<const audit::Event>(events).subspan(alreadyHeld)));
    }
    int conflicts = 0;
    const auto conflict = [&](const char* table, const HubGateway::PutResult& result) {
        if (result.put != HubGateway::Put::Conflict) {
            return;
        }
        ++conflicts;
        m_hub.addConflict(header.site, QLatin1String(table), result.uuid, result.held, result.incoming, id, now);
    };
    for (const exchange::PlainRow& row : payload.users) {
        m_hub.putUser(header.site, row);
    }
    for (const exchange::PlainRow& row : payload.books) {
        m_hub.putBook(header.site, site.district, site.commune, row);
    }
    const auto putRows = [&](const char* table, HubGateway::Table kind, const std::vector<exchange::PlainRow>& rows) {
        for (const exchange::PlainRow& row : rows) {
            conflict(table, m_hub.putRow(kind, header.site, row));
        }
    };
    putRows("sessions", HubGateway::Table::Sessions, payload.sessions);
    putRows("sessionEvents", HubGateway::Table::SessionEvents, payload.sessionEvents);
    HubGateway::Delta delta;
    for (const HubGateway::IncomingCheck& check : opened.plain.checks) {
        conflict("checks", m_hub.putCheck(header.site, check, delta));
    }
    putRows("reviews", HubGateway::Table::Reviews, payload.reviews);
    putRows("spotSamples", HubGateway::Table::SpotSamples, payload.spotSamples);
    putRows("spotItems", HubGateway::Table::SpotItems, payload.spotItems);
    putRows("spotResults", HubGateway::Table::SpotResults, payload.spotResults);
    if (conflicts > 0) {
        m_hub.addAlarm(header.site, {QStringLiteral("conflict"), id,
                                     QStringLiteral("%1 row(s) arrived with the UUID of a row the hub holds but other "
                                                    "content: both kept")
                                         .arg(conflicts),
                                     now});
    }
    m_hub.flushDaily();
    m_hub.addTotals(header.site, delta, header.createdAt);
    if (wasHeld) {
        m_hub.markApplied(id, header.checks, now);
        m_hub.clearAlarms(header.site, QStringLiteral("held"), id, now);
    } else {
        m_hub.insertBundle({id,
                            header.site,
                            header.epoch,
                            header.sequence,
                            header.firstEvent,
                            header.lastEvent,
                            header.checks,
                            QStringLiteral("imported"),
                            {},
                            now},
                           now);
    }
    m_hub.setCheckpoint(header.site, {header.lastEvent, events.back().hash, QString::fromUtf8(header.checkpoint), now});
    access::record(m_session, QStringLiteral("bundle.imported"), id,
                   {{QStringLiteral("site"), header.site},
                    {QStringLiteral("sequence"), header.sequence},
                    {QStringLiteral("events"), QJsonArray{header.firstEvent, header.lastEvent}},
                    {QStringLiteral("checks"), header.checks}});
    if (transaction) {
        transaction->commit();
    }
    if (wasHeld) {
        m_removeAfterCommit.append(
            QDir(folderBeside(m_session, "quarantine")).filePath(id + QStringLiteral(".bundle")));
    }
    ImportedFile done{name, QStringLiteral("imported"), {}, QStringLiteral("imported"), header.checks, {}};
    m_receiptsDue.insert_or_assign(site.site, site);
    retryHeld(header.site);
    m_lastSite = header.site;
    return done;
}

void Importer::afterCommit(std::vector<ImportedFile>& files, bool background) {
    for (const QString& file : std::as_const(m_removeAfterCommit)) {
        QFile::remove(file);
    }
    m_removeAfterCommit.clear();
    std::map<QString, QString> receipts; // site UUID → receipt path
    std::vector<QString> sites;
    std::vector<platform::FileToWrite> due;
    const QString folder = folderBeside(m_session, "receipts");
    const keyring::SiteKeys* keys = m_session.siteKeys(); // importFiles checked that the account holds them
    if (!m_drafts.empty() && keys != nullptr && QDir().mkpath(folder)) {
        takeJudging();
        if (m_issuedAt.isEmpty()) {
            m_issuedAt = toStoredTime(m_session.now());
        }
        std::vector<std::optional<platform::FileToWrite>> built = std::move(m_judged.receipts);
        if (built.size() != m_drafts.size()) {
            // Not built while the commit ran: each receipt is signed and sealed on its own (about a millisecond each,
            // 91 a day at a province), the first half on a worker, the rest here.
            built.assign(m_drafts.size(), std::nullopt);
            const auto build = [&](std::size_t from, std::size_t to) {
                for (std::size_t i = from; i < to; ++i) {
                    built[i] = buildReceipt(m_drafts[i], *keys, m_issuedAt, folder, m_judged.explanations);
                }
            };
            const std::size_t half = background ? m_drafts.size() / 2 : 0;
            std::future<void> first;
            if (half > 0) {
                try {
                    first = std::async(std::launch::async, build, 0, half);
                } catch (const std::system_error&) {
                    // no thread for it: all here
                }
            }
            build(first.valid() ? half : 0, m_drafts.size());
            if (first.valid()) {
                first.get();
            }
        }
        for (std::size_t i = 0; i < built.size(); ++i) {
            if (built[i]) { // `sites` and `due` stay index for index
                sites.push_back(m_drafts[i].site.site);
                due.push_back(std::move(*built[i]));
            }
        }
    }
    m_drafts.clear();
    // All receipts are written, then each flushed once and renamed (platform::writeFilesAtomically: fewer trips to the
    // disk than one receipt after the other); the renames are made durable once for the whole import, not once per
    // receipt. A folder that does not flush: no receipt is announced.
    const std::vector<bool> written = platform::writeFilesAtomically(due);
    for (std::size_t i = 0; i < due.size(); ++i) {
        if (written[i]) {
            receipts[sites[i]] = due[i].path;
        }
    }
    if (!m_receiptsDue.empty() && !platform::syncFolder(folder)) {
        receipts.clear();
    }
    m_receiptsDue.clear();
    for (ImportedFile& file : files) {
        if (auto found = receipts.find(file.receipt); found != receipts.end()) {
            file.receipt = found->second; // importFiles parked the file's site there
        } else {
            file.receipt.clear();
        }
    }
}

void Importer::prepareReceipts(bool background) {
    m_drafts.clear();
    for (const auto& due : m_receiptsDue) {
        const EnrolledSite& site = due.second;
        const qint64 sequence = m_hub.newestApplied(site.site);
        const auto checkpoint = m_hub.checkpoint(site.site);
        const auto totals = m_hub.totals(site.site).value_or(HubGateway::Totals{});
        if (!checkpoint || sequence == 0) {
            continue;
        }
        ReceiptDraft draft{site, sequence, {}, {}};
        for (const HubGateway::Decision& d : m_hub.decisionsFor(site.site)) {
            draft.decisions.append(QJsonObject{{QStringLiteral("uuid"), d.uuid},
                                               {QStringLiteral("check"), d.checkUuid},
                                               {QStringLiteral("decision"), d.decision},
                                               {QStringLiteral("note"), d.note},
                                               {QStringLiteral("decidedBy"), d.decidedBy},
                                               {QStringLiteral("decidedAt"), d.decidedAt}});
        }
        draft.header = QJsonObject{
            {QStringLiteral("format"), QStringLiteral("doichieu-receipt/1")},
            {QStringLiteral("hub"), m_session.databaseId()},
            {QStringLiteral("site"), site.site},
            {QStringLiteral("epoch"), static_cast<qint64>(site.epoch)},
            {QStringLiteral("sequence"), sequence},
            {QStringLiteral("lastEvent"), checkpoint->size},
            {QStringLiteral("checkpoint"),
             QJsonObject{{QStringLiteral("size"), checkpoint->size},
                         {QStringLiteral("head"), QString::fromStdString(crypto::toHex(checkpoint->head))}}},
            {QStringLiteral("entries"), totals.entries},
            {QStringLiteral("checks"), totals.checks},
        };
        m_drafts.push_back(std::move(draft));
    }
    if (m_drafts.empty() || m_judging.valid()) {
        return;
    }
    auto judging = AwardsService::readForReceipts(m_session);
    if (!judging) {
        return;
    }
    m_issuedAt = toStoredTime(m_session.now());
    const keyring::SiteKeys* keys = m_session.siteKeys(); // the session and its keys outlive the import
    try {
        // The facts and the judging are also freed on the worker (many small allocations: about 2 % of the importing
        // thread when they were freed here).
        m_judging = std::async(background ? std::launch::async : std::launch::deferred,
                               [judging = std::move(judging.value()), drafts = m_drafts, keys, issuedAt = m_issuedAt,
                                folder = folderBeside(m_session, "receipts")]() mutable {
                                   Judged out;
                                   {
                                       const AwardsService::Judging facts = std::move(judging);
                                       if (auto awards = AwardsService::judge(facts)) {
                                           out.explanations.emplace();
                                           for (const ReceiptDraft& draft : drafts) {
                                               (*out.explanations)[draft.site.site] =
                                                   AwardsService::receiptExplanations(awards.value(), draft.site.site);
                                           }
                                       }
                                   }
                                   if (keys != nullptr) {
                                       for (const ReceiptDraft& draft : drafts) {
                                           out.receipts.push_back(
                                               buildReceipt(draft, *keys, issuedAt, folder, out.explanations));
                                       }
                                   }
                                   return out;
                               });
    } catch (const std::system_error&) {
        // no thread for it: the receipts go without explanations rather than the import failing
    }
}

void Importer::takeJudging() {
    // Each volunteer's explanation as the hub judges them now, for the commune to show and print (the volunteers have
    // no hub account). Made once per import from what its commit made durable (prepareReceipts); a judging that fails
    // leaves them out, never the receipt.
    if (m_judgingTaken) {
        return;
    }
    m_judgingTaken = true;
    if (m_judging.valid()) {
        try {
            m_judged = m_judging.get();
        } catch (const std::exception&) {
            // judge() answers with an error rather than throw; only an allocation could fail here (afterCommit then
            // builds the receipts without explanations)
            m_judged = Judged{};
        }
    }
}

std::optional<platform::FileToWrite> Importer::buildReceipt(const ReceiptDraft& draft, const keyring::SiteKeys& keys,
                                                            const QString& issuedAt, const QString& folder,
                                                            const Explanations& explanations) {
    const EnrolledSite& site = draft.site;
    QJsonObject header = draft.header;
    header.insert(QStringLiteral("issuedAt"), issuedAt);
    QJsonObject payload{{QStringLiteral("decisions"), draft.decisions}};
    if (explanations) {
        const auto found = explanations->find(site.site);
        payload.insert(QStringLiteral("explanations"), found != explanations->end() ? found->second : QJsonArray());
    }
    const QByteArray plain = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    auto built =
        exchange::buildEnvelope(exchange::FileKind::Receipt, header, asBytes(plain), site.boxPublic, keys.signingSeed);
    if (!built) {
        return std::nullopt;
    }
    const QString path =
        QDir(folder).filePath(QStringLiteral("%1-%2-%3.receipt")
                                  .arg(BundleService::slug(site.district), BundleService::slug(site.commune))
                                  .arg(draft.sequence, 4, 10, QLatin1Char('0')));
    return platform::FileToWrite{path, built.value()};
}

void Importer::retryHeld(const QString& siteUuid) {
    if (m_depth > 64) {
        return;
    }
    ++m_depth;
    for (const HubGateway::Bundle& held : m_hub.heldBundles(siteUuid)) {
        const ImportedFile again = importFile(held.heldFile);
        if (again.status == QLatin1String("imported")) {
            break; // the import retried the rest itself
        }
        if (again.status == QLatin1String("already-imported")) {
            // Its events arrived in another bundle: it is done.
            store::Savepoint transaction(m_session.database());
            const QString now = toStoredTime(m_session.now());
            m_hub.markApplied(held.bundleId, held.checks, now);
            m_hub.clearAlarms(siteUuid, QStringLiteral("held"), held.bundleId, now);
            transaction.commit();
            m_removeAfterCommit.append(held.heldFile);
        }
    }
    --m_depth;
}

// The import of `paths` as one transaction: one durable commit for a USB stick's worth of bundles, not one per file.
// A file refused for what it is leaves nothing. A store error while a file is applied (the hub's disk, not the file):
// without `careful`, everything is rolled back and nullopt answered; with it, that file's savepoint is rolled back,
// the file refused and the others imported.
std::optional<std::vector<ImportedFile>> importAll(Session& session, const QStringList& paths, bool background,
                                                   bool careful) {
    Importer importer(session, careful);
    std::vector<ImportedFile> out;
    store::Transaction transaction(session.database());
    const auto startReading = [&](qsizetype i) {
        std::future<exchange::ExchangeFile> bytes;
        if (i < paths.size()) {
            const QString path = paths.at(i);
            try {
                bytes = std::async(background ? std::launch::async : std::launch::deferred,
                                   [path] { return Importer::readBundleFile(path); });
            } catch (const std::system_error&) {
                bytes = std::async(std::launch::deferred, [path] { return Importer::readBundleFile(path); });
            }
        }
        return bytes;
    };
    const auto readAhead = [&](const QString& path, std::future<exchange::ExchangeFile>& bytes) {
        try {
            return importer.readAhead(path, bytes.get(), background);
        } catch (const std::exception&) {
            Prepared failed;
            failed.refused = refusedFile(path, Refusal::Damaged, QStringLiteral("the bundle could not be applied"));
            return failed;
        }
    };
    // The files ahead of the one being written: opened or being opened on a worker, one after another. Two when the
    // first of them and the next file are small (a day or a few of a commune's work), so that a file that takes longer
    // to open than the one before it took to write does not keep the importing thread waiting; one otherwise, so that
    // large bundles (up to 256 MiB each) are never more than three in memory.
    std::deque<Prepared> ahead;
    std::future<exchange::ExchangeFile> reading = startReading(0); // the bytes of the next file to prepare
    qsizetype prepared = 0;
    const auto fill = [&] {
        while (prepared < paths.size() &&
               (ahead.empty() || (ahead.size() == 1 && ahead.front().envelope.file.size() <= kSmallBundleBytes &&
                                  QFileInfo(paths.at(prepared)).size() <= kSmallBundleBytes))) {
            std::future<exchange::ExchangeFile> bytes = std::move(reading);
            reading = startReading(prepared + 1);
            ahead.push_back(readAhead(paths.at(prepared), bytes));
            ++prepared;
        }
    };
    fill();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        Prepared current = std::move(ahead.front());
        ahead.pop_front();
        fill();
        try {
            out.push_back(importer.importFile(std::move(current)));
            out.back().receipt = importer.lastSite(); // the site's receipt path replaces it after the commit
        } catch (const std::exception&) {
            if (!careful) {
                return std::nullopt; // the transaction rolls back: importFiles runs the import again, carefully
            }
            // A store failure while applying: its savepoint rolled back; nothing of this file was written.
            out.push_back(
                refusedFile(paths.at(i), Refusal::Damaged, QStringLiteral("the bundle could not be applied")));
        }
    }
    importer.prepareReceipts(background);
    transaction.commit();
    // Committed: the files are imported, whatever fails from here on. A receipt that cannot be made now (a read
    // error) is not announced, as when its folder does not flush; a checkpoint that cannot run now runs later.
    try {
        importer.afterCommit(out, background);
    } catch (const std::exception&) {
        for (ImportedFile& file : out) {
            file.receipt.clear();
        }
    }
    try {
        session.database().checkpointIfDue();
    } catch (const std::exception&) {
        // the data is in the synced log (Database::checkpointIfDue)
    }
    return out;
}

Result<void> requireHub(Session& session) {
    return access::requireSiteKind(session, SiteKind::Hub, "do this");
}

} // namespace

Result<std::vector<ImportedFile>> ImportService::importFiles(Session& session, const QStringList& paths) {
    return access::guarded([&]() -> Result<std::vector<ImportedFile>> {
        if (auto hub = requireHub(session); !hub) {
            return hub.error();
        }
        if (auto allowed = access::requireRole(session, Role::Province, "import bundles"); !allowed) {
            return allowed.error();
        }
        if (!session.siteKeys()) {
            return makeError(ErrorCode::SiteKeyUnavailable,
                             QStringLiteral("this account holds no copy of the hub's keys"));
        }
        HubGateway(session.database()).useImportCache();
        // While a file is written, the next one is verified, decrypted and parsed on a worker thread (openBundle), and
        // the bytes of the one after it are read from disk on another (only read: finding its sender's keys needs the
        // hub's tables, which only this thread uses). With one processor everything runs in line, as before.
        const bool background = std::thread::hardware_concurrency() > 1;
        // First without a savepoint per file (their cost: measured at province scale, 10-30 % of the importing
        // thread); after a store error, from the start again with one per file, so that only the file that met the
        // error is refused.
        std::optional<std::vector<ImportedFile>> out = importAll(session, paths, background, false);
        if (!out) {
            out = importAll(session, paths, background, true);
        }
        return std::move(*out);
    });
}

Result<std::vector<HubCommune>> ImportService::status(Session& session) {
    return access::guarded([&]() -> Result<std::vector<HubCommune>> {
        if (auto hub = requireHub(session); !hub) {
            return hub.error();
        }
        const Role role = session.user().role;
        if (role != Role::Province && role != Role::District) {
            return makeError(ErrorCode::NotPermitted,
                             QStringLiteral("only province and district accounts read the hub"));
        }
        HubGateway hub(session.database());
        const QString district = role == Role::District ? session.user().district : QString();
        auto sites = EnrollmentService::hubEnrolledSites(session);
        if (!sites) {
            return sites.error();
        }
        std::vector<HubCommune> out;
        for (const EnrolledSite& site : sites.value()) {
            if (role == Role::District && site.district != district) {
                continue;
            }
            HubCommune row;
            row.district = site.district;
            row.commune = site.commune;
            row.site = site.site;
            row.epoch = site.epoch;
            row.sequence = hub.newestApplied(site.site);
            if (const auto checkpoint = hub.checkpoint(site.site)) {
                row.checkpointSize = checkpoint->size;
            }
            if (const auto totals = hub.totals(site.site)) {
                row.entries = totals->entries;
                row.corrections = totals->corrections;
                row.writingDifferences = totals->writingDifferences;
                row.escalationsOpen = totals->escalationsOpen;
                row.lastImport = totals->lastImport;
            }
            for (const HubGateway::Alarm& alarm : hub.openAlarms(site.site)) {
                row.alarms.push_back({alarm.kind, alarm.bundleId, alarm.message, alarm.at});
            }
            if (const auto wipe = gateways::WipeGateway(session.database()).newestOf(site.site)) {
                row.wiped = HubWipe{wipe->wipedAt, wipe->recordedAt, wipe->lastSequence,
                                    wipe->files,   wipe->bytes,      wipe->statementId};
            }
            out.push_back(std::move(row));
        }
        return out;
    });
}

Result<void> ImportService::decide(Session& session, const QString& checkUuid, const QString& decision,
                                   const QString& note) {
    return access::guarded([&]() -> Result<void> {
        if (auto hub = requireHub(session); !hub) {
            return hub.error();
        }
        if (auto allowed = access::requireRole(session, Role::District, "decide a flagged entry"); !allowed) {
            return allowed.error();
        }
        if (decision != QLatin1String("approve") && decision != QLatin1String("reject")) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("a decision is \"approve\" or \"reject\""));
        }
        if (note.size() > 2000) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the note is too long"));
        }
        HubGateway hub(session.database());
        const auto place = hub.checkPlace(checkUuid);
        if (!place) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("no imported check has that UUID"));
        }
        const QString district = session.user().district;
        auto sites = EnrollmentService::hubEnrolledSites(session);
        if (!sites) {
            return sites.error();
        }
        bool ours = false;
        for (const EnrolledSite& site : sites.value()) {
            ours = ours || (site.site == place->siteUuid && site.district == district && !district.isEmpty());
        }
        if (!ours) {
            return makeError(ErrorCode::NotPermitted, QStringLiteral("the entry is not of this account's district"));
        }
        if (!place->flagged) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the entry was not flagged for the district"));
        }
        store::Transaction transaction(session.database());
        const QString uuid = newRowUuid();
        // The check as every row names it (lower case): the receipt carries it back to the workstation by that text.
        hub.insertDecision({uuid, place->siteUuid, place->checkUuid, decision, note, session.user().uuid,
                            toStoredTime(session.now())});
        access::record(session, QStringLiteral("district.decided"), place->checkUuid,
                       {{QStringLiteral("decision"), decision}, {QStringLiteral("site"), place->siteUuid}});
        transaction.commit();
        return {};
    });
}

} // namespace dc::core
