// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// A bundle's plaintext (core/exchange/BundlePayload), once the hub opened it: parsePayload, then what ImportService's
// openBundle does with every row that passed — HubGateway::prepareCheck per check, eventHash per event and
// HubGateway::chainBlock over the events (which must read back, field for field, through HubGateway::blockEvents).
// Every row it accepts must pass checkRow, the same specs applied to the row as a JSON object (a second, independent
// reading of the rules); what parses must serialise and parse again to the same rows. The same bytes are also read as
// a compressed payload (decompressPayload, as a bundle's header "json-zstd" asks): refused, or JSON within 256 MiB
// that compresses and reads back to itself; and as an audit event's details (objectText, the check's "content").
#include "FuzzSupport.h"

#include "core/Bytes.h"
#include "core/Compression.h"
#include "core/audit/AuditLog.h"
#include "core/exchange/BundlePayload.h"
#include "core/exchange/Envelope.h"
#include "core/gateways/HubGateway.h"

using namespace dc;
using namespace dc::core::exchange;

namespace {

void checkRows(const TableSpec& spec, const std::vector<QJsonObject>& rows) {
    for (const QJsonObject& row : rows) {
        if (!checkRow(spec, row).isEmpty()) {
            fuzz::invariantBroken("parsePayload accepted a row checkRow refuses");
        }
    }
}

std::size_t rowCount(const BundlePayload& p) {
    return p.users.size() + p.books.size() + p.sessions.size() + p.sessionEvents.size() + p.checks.size() +
           p.reviews.size() + p.spotSamples.size() + p.spotItems.size() + p.spotResults.size() + p.events.size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (const auto content = objectText(std::string_view(reinterpret_cast<const char*>(data), size), "content");
        content && static_cast<std::size_t>(content->size()) > size) {
        fuzz::invariantBroken("objectText read a member longer than its input");
    }
    // Frames stating more than 16 MiB are left out (decompressPayload would allocate up to 256 MiB for each, and the
    // bound itself is a unit test's); the rest are decompressed.
    const std::span<const std::uint8_t> input(data, size);
    if (core::zstdContentSize(input, std::uint64_t{16} << 20)) {
        if (auto json = decompressPayload(input)) {
            const QByteArray text(reinterpret_cast<const char*>(json->data()), static_cast<qsizetype>(json->size()));
            auto again = decompressPayload(core::asBytes(compressPayload(text)));
            if (!again || QByteArray(reinterpret_cast<const char*>(again->data()),
                                     static_cast<qsizetype>(again->size())) != text) {
                fuzz::invariantBroken("a compressed payload does not read back through compressPayload");
            }
        }
    }
    auto parsed = parsePayload(fuzz::bytesOf(data, size));
    if (!parsed) {
        if (parsed.error().code != core::ErrorCode::FileRefused) {
            fuzz::invariantBroken("a payload refused with another code than FileRefused");
        }
        return 0;
    }
    for (const ParsedCheck& check : parsed->checks) {
        (void)core::gateways::HubGateway::prepareCheck(check);
    }
    for (const core::audit::Event& event : parsed->events) {
        (void)core::audit::eventHash(event);
    }
    if (!parsed->events.empty()) {
        using core::gateways::HubGateway;
        const auto back = HubGateway::blockEvents(HubGateway::chainBlock(parsed->events).events, true);
        if (!back || back->size() != static_cast<qsizetype>(parsed->events.size())) {
            fuzz::invariantBroken("a chain block does not read back as its events");
        }
        for (std::size_t i = 0; i < parsed->events.size(); ++i) {
            const core::audit::Event& e = parsed->events[i];
            const QJsonArray fields = back->at(static_cast<qsizetype>(i)).toArray();
            if (fields != QJsonArray{e.at, e.actors, e.action, e.subject, e.details}) {
                fuzz::invariantBroken("a chain block changed an event's text");
            }
        }
    }
    const BundlePayload payload = objectsOf(parsed.value());
    checkRows(usersSpec(), payload.users);
    checkRows(booksSpec(), payload.books);
    checkRows(sessionsSpec(), payload.sessions);
    checkRows(sessionEventsSpec(), payload.sessionEvents);
    checkRows(checksSpec(), payload.checks);
    checkRows(reviewsSpec(), payload.reviews);
    checkRows(spotSamplesSpec(), payload.spotSamples);
    checkRows(spotItemsSpec(), payload.spotItems);
    checkRows(spotResultsSpec(), payload.spotResults);
    auto again = parsePayload(serializePayload(payload));
    if (!again || rowCount(objectsOf(again.value())) != rowCount(payload) ||
        serializePayload(objectsOf(again.value())) != serializePayload(payload)) {
        fuzz::invariantBroken("a payload that parsed does not read back through serializePayload");
    }
    return 0;
}
