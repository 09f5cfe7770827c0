// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// A bundle's plaintext (core/exchange/BundlePayload), once the hub opened it: parsePayload, then what ImportService's
// openBundle does with every row that passed — plainRow per table, HubGateway::prepareCheck per check, eventHash and
// HubGateway::eventText per event. What parses must serialise and parse again with the same number of rows.
#include "FuzzSupport.h"

#include "core/audit/AuditLog.h"
#include "core/exchange/BundlePayload.h"
#include "core/gateways/HubGateway.h"

using namespace dc;
using namespace dc::core::exchange;

namespace {

void plainRows(const TableSpec& spec, const std::vector<QJsonObject>& rows) {
    for (const QJsonObject& row : rows) {
        if (!checkRow(spec, row).isEmpty()) {
            fuzz::invariantBroken("parsePayload accepted a row checkRow refuses");
        }
        if (plainRow(spec, row).size() != spec.fields.size()) {
            fuzz::invariantBroken("plainRow gave another number of fields than its spec");
        }
    }
}

std::size_t rowCount(const BundlePayload& p) {
    return p.users.size() + p.books.size() + p.sessions.size() + p.sessionEvents.size() + p.checks.size() +
           p.reviews.size() + p.spotSamples.size() + p.spotItems.size() + p.spotResults.size() + p.events.size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto parsed = parsePayload(fuzz::bytesOf(data, size));
    if (!parsed) {
        if (parsed.error().code != core::ErrorCode::FileRefused) {
            fuzz::invariantBroken("a payload refused with another code than FileRefused");
        }
        return 0;
    }
    const BundlePayload& payload = parsed.value();
    plainRows(usersSpec(), payload.users);
    plainRows(booksSpec(), payload.books);
    plainRows(sessionsSpec(), payload.sessions);
    plainRows(sessionEventsSpec(), payload.sessionEvents);
    plainRows(reviewsSpec(), payload.reviews);
    plainRows(spotSamplesSpec(), payload.spotSamples);
    plainRows(spotItemsSpec(), payload.spotItems);
    plainRows(spotResultsSpec(), payload.spotResults);
    for (const QJsonObject& check : payload.checks) {
        (void)core::gateways::HubGateway::prepareCheck(check);
    }
    for (const core::audit::Event& event : payload.events) {
        (void)core::audit::eventHash(event);
        (void)core::gateways::HubGateway::eventText(event);
    }
    auto again = parsePayload(serializePayload(payload));
    if (!again || rowCount(again.value()) != rowCount(payload)) {
        fuzz::invariantBroken("a payload that parsed does not read back through serializePayload");
    }
    return 0;
}
