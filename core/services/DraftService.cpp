// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/DraftService.h"

#include "core/Clock.h"
#include "core/gateways/BookGateway.h"
#include "core/gateways/DraftGateway.h"
#include "core/services/SiteAccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dc::core {

namespace {

// The two members: a draft belongs to a pair of volunteers, and only that pair reads it. The accounts are read again,
// as LogService does: one removed or disabled since the sign-in (the site open in another program) is no pair.
Result<std::pair<qint64, qint64>> pairOf(Session& session) {
    const auto& partner = session.partner();
    const auto refused = [] {
        return makeError(ErrorCode::NotAPair, QStringLiteral("drafts belong to a pair of active volunteers signed in "
                                                             "together"));
    };
    if (!partner || partner->id == session.user().id || !access::pairStillActive(session)) {
        return refused();
    }
    return std::pair{session.user().id, partner->id};
}

// The JSON keys of a draft's content (never shown to anyone, never in a log).
const QString kNumber = QStringLiteral("entry");
const QString kDate = QStringLiteral("date");
const QString kName = QStringLiteral("name");
const QString kOutcome = QStringLiteral("outcome");
const QString kCorrections = QStringLiteral("corrections");
const QString kTranscript = QStringLiteral("transcript");
const QString kField = QStringLiteral("field");
const QString kBefore = QStringLiteral("before");
const QString kAfter = QStringLiteral("after");

QByteArray toJson(const EntryDraftInput& draft) {
    QJsonArray corrections;
    for (const CorrectionInput& c : draft.corrections) {
        corrections.append(QJsonObject{{kField, c.fieldKey}, {kBefore, c.before}, {kAfter, c.after}});
    }
    const QJsonObject object{
        {kNumber, draft.entryNumber}, {kDate, draft.registrationDate},
        {kName, draft.subjectName},   {kOutcome, draft.outcome ? outcomeKey(*draft.outcome) : QString()},
        {kCorrections, corrections},  {kTranscript, draft.transcript}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A content that does not read as a draft (written by a later program, or damaged) is no draft.
std::optional<EntryDraftInput> fromJson(const QString& content) {
    const QJsonDocument document = QJsonDocument::fromJson(content.toUtf8());
    if (!document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    EntryDraftInput draft;
    draft.entryNumber = object.value(kNumber).toString();
    draft.registrationDate = object.value(kDate).toString();
    draft.subjectName = object.value(kName).toString();
    draft.outcome = domain::outcomeFromKey(object.value(kOutcome).toString());
    for (const QJsonValue& value : object.value(kCorrections).toArray()) {
        const QJsonObject c = value.toObject();
        draft.corrections.push_back(
            CorrectionInput{c.value(kField).toString(), c.value(kBefore).toString(), c.value(kAfter).toString()});
    }
    draft.transcript = object.value(kTranscript).toString();
    return draft;
}

} // namespace

bool DraftService::worthKeeping(const EntryDraftInput& draft) {
    return !draft.subjectName.trimmed().isEmpty() || !draft.transcript.trimmed().isEmpty() ||
           !draft.corrections.empty() || draft.outcome.has_value();
}

Result<void> DraftService::keep(Session& session, qint64 bookId, const EntryDraftInput& draft) {
    return access::guarded([&]() -> Result<void> {
        const auto pair = pairOf(session);
        if (!pair) {
            return pair.error();
        }
        const auto [a, b] = pair.value();
        gateways::DraftGateway drafts(session.database());
        if (!worthKeeping(draft)) {
            drafts.remove(a, b, bookId);
            return {};
        }
        if (!gateways::BookGateway(session.database()).byId(bookId)) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("no such book"));
        }
        const QByteArray json = toJson(draft);
        if (json.size() > kMaxDraftBytes) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the draft is too large to keep"));
        }
        bool isNumber = false;
        const int number = draft.entryNumber.trimmed().toInt(&isNumber);
        gateways::DraftGateway::Row row;
        if (isNumber && number >= 1) {
            row.entryNumber = number;
        }
        row.content = QString::fromUtf8(json);
        row.savedAt = toStoredTime(session.now());
        drafts.put(a, b, bookId, row);
        return {};
    });
}

Result<std::optional<EntryDraftInput>> DraftService::find(Session& session, qint64 bookId) {
    return access::guarded([&]() -> Result<std::optional<EntryDraftInput>> {
        const auto pair = pairOf(session);
        if (!pair) {
            return pair.error();
        }
        const auto row = gateways::DraftGateway(session.database()).find(pair->first, pair->second, bookId);
        if (!row) {
            return std::optional<EntryDraftInput>{};
        }
        return fromJson(row->content);
    });
}

Result<void> DraftService::discard(Session& session, qint64 bookId) {
    return access::guarded([&]() -> Result<void> {
        const auto pair = pairOf(session);
        if (!pair) {
            return pair.error();
        }
        gateways::DraftGateway(session.database()).remove(pair->first, pair->second, bookId);
        return {};
    });
}

} // namespace dc::core
