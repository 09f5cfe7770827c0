// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/InventoryService.h"

#include "core/JsonText.h"
#include "core/campaign/Campaign.h"
#include "core/domain/RecordType.h"
#include "core/gateways/FindingsGateway.h"
#include "core/gateways/RegisterGateway.h"
#include "core/services/FindingsService.h"
#include "core/services/SiteAccess.h"
#include "core/services/SiteCampaign.h"
#include "core/sheets/Table.h"
#include "core/store/Transaction.h"

#include <QJsonArray>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace dc::core {

namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;
constexpr int kMaxEntry = 100000;
constexpr int kMaxBookNumber = 20;
const QStringList kHeader = {QStringLiteral("district"), QStringLiteral("commune"), QStringLiteral("type"),
                             QStringLiteral("year"),     QStringLiteral("number"),  QStringLiteral("first"),
                             QStringLiteral("last")};

Error refused(const QString& why) {
    return makeError(ErrorCode::InvalidInput, why);
}

Result<void> requireProvinceAtHub(const Session& session) {
    if (auto active = access::requireActive(session); !active) {
        return active.error();
    }
    if (session.siteKind() != SiteKind::Hub || session.user().role != Role::Province) {
        return makeError(ErrorCode::NotPermitted,
                         QStringLiteral("the register inventory is entered by a province account at a hub"));
    }
    return {};
}

bool hasControl(const QString& text) {
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

std::optional<int> number(const QString& text, int low, int high) {
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok && value >= low && value <= high ? std::optional<int>(value) : std::nullopt;
}

// Everything but the commune, checked; the commune is the caller's (typed "D/C" or two columns).
Result<gateways::RegisterGateway::Register> checked(const campaign::Commune& commune, const QString& type, int year,
                                                    const QString& bookNumber, int first, int last) {
    const QString number = bookNumber.trimmed();
    if (!domain::recordTypeFromKey(type)) {
        return refused(QStringLiteral("the record type is birth, marriage or death"));
    }
    if (year < kMinYear || year > kMaxYear) {
        return refused(QStringLiteral("the year is from 1900 to 2100"));
    }
    if (number.isEmpty() || number.size() > kMaxBookNumber || hasControl(number)) {
        return refused(QStringLiteral("the book number is 1 to 20 characters"));
    }
    if (first < 1 || last < first || last > kMaxEntry) {
        return refused(QStringLiteral("the entries run from first to last, 1 ≤ first ≤ last ≤ 100000"));
    }
    gateways::RegisterGateway::Register r;
    r.district = commune.district;
    r.commune = commune.name;
    r.recordType = type;
    r.year = year;
    r.bookNumber = number;
    r.first = first;
    r.last = last;
    return r;
}

InventoryRegister toRegister(const gateways::RegisterGateway::Register& r) {
    return {r.district, r.commune, r.recordType, r.year, r.bookNumber, r.first, r.last, r.enteredBy, r.enteredAt};
}

QJsonValue orNull(const std::optional<int>& value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

Result<InventoryRegister> InventoryService::add(Session& session, const RegisterInput& input) {
    if (auto allowed = requireProvinceAtHub(session); !allowed) {
        return allowed.error();
    }
    return access::guarded([&]() -> Result<InventoryRegister> {
        auto commune = campaign::resolveCommune(campaignOf(session), input.commune);
        if (!commune) {
            return commune.error();
        }
        auto r = checked(commune.value(), input.recordType, input.year, input.bookNumber, input.first, input.last);
        if (!r) {
            return r.error();
        }
        gateways::RegisterGateway gateway(session.database());
        if (gateway.exists(r->district, r->commune, r->recordType, r->year, r->bookNumber)) {
            return refused(QStringLiteral("that book is already in the inventory"));
        }
        r->enteredBy = session.user().userName;
        r->enteredAt = toStoredTime(session.now());
        store::Transaction transaction(session.database());
        gateway.insert(r.value());
        access::record(session, QStringLiteral("inventory.added"), campaign::communePath(r->district, r->commune),
                       {{QStringLiteral("type"), r->recordType}, {QStringLiteral("year"), r->year}});
        transaction.commit();
        return toRegister(r.value());
    });
}

Result<int> InventoryService::importCsv(Session& session, const QByteArray& bytes) {
    if (auto allowed = requireProvinceAtHub(session); !allowed) {
        return allowed.error();
    }
    if (bytes.size() > kMaxImportBytes) {
        return refused(QStringLiteral("the inventory file is larger than 4 MiB"));
    }
    return access::guarded([&]() -> Result<int> {
        auto table = sheets::readTable(bytes);
        if (!table) {
            return table.error();
        }
        if (table->format != QLatin1String("csv") ||
            (table->encoding != QLatin1String("utf-8") && table->encoding != QLatin1String("ascii"))) {
            return refused(QStringLiteral("the inventory is a CSV file in UTF-8"));
        }
        const std::vector<QStringList>& rows = table->rows;
        QStringList header;
        if (!rows.empty()) {
            for (const QString& cell : rows.front()) {
                header.append(cell.trimmed().toLower());
            }
        }
        if (header != kHeader) {
            return refused(QStringLiteral("line 1: the header row is district,commune,type,year,number,first,last"));
        }
        const campaign::Campaign& plan = campaignOf(session);
        gateways::RegisterGateway gateway(session.database());
        std::vector<gateways::RegisterGateway::Register> registers;
        std::set<std::tuple<QString, QString, QString, int, QString>> seen;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const QStringList& row = rows[i];
            const QString line = QStringLiteral("line %1: ").arg(i + 1);
            if (std::all_of(row.begin(), row.end(), [](const QString& c) { return c.trimmed().isEmpty(); })) {
                continue; // an empty line
            }
            if (row.size() != kHeader.size()) {
                return refused(line + QStringLiteral("7 cells are expected"));
            }
            const auto commune = campaign::findCommune(plan, row[0].trimmed(), row[1].trimmed());
            if (!commune) {
                return refused(line + QStringLiteral("no such commune in the campaign"));
            }
            const auto year = number(row[3], kMinYear, kMaxYear);
            const auto first = number(row[5], 1, kMaxEntry);
            const auto last = number(row[6], 1, kMaxEntry);
            if (!year || !first || !last) {
                return refused(line + QStringLiteral("the year, first and last are whole numbers in range"));
            }
            auto r = checked(*commune, row[2].trimmed().toLower(), *year, row[4], *first, *last);
            if (!r) {
                return refused(line + r.error().detail);
            }
            const auto key = std::make_tuple(r->district, r->commune, r->recordType, r->year, r->bookNumber);
            if (!seen.insert(key).second) {
                return refused(line + QStringLiteral("the same book twice in the file"));
            }
            if (gateway.exists(r->district, r->commune, r->recordType, r->year, r->bookNumber)) {
                return refused(line + QStringLiteral("that book is already in the inventory"));
            }
            r->enteredBy = session.user().userName;
            r->enteredAt = toStoredTime(session.now());
            registers.push_back(std::move(r.value()));
        }
        store::Transaction transaction(session.database());
        for (const auto& r : registers) {
            gateway.insert(r);
        }
        access::record(session, QStringLiteral("inventory.imported"), session.databaseId(),
                       {{QStringLiteral("registers"), static_cast<qint64>(registers.size())}});
        transaction.commit();
        return static_cast<int>(registers.size());
    });
}

Result<std::vector<InventoryRegister>> InventoryService::list(Session& session, const ReportScope& scope) {
    if (auto active = access::requireActive(session); !active) {
        return active.error();
    }
    if (session.siteKind() != SiteKind::Hub) {
        return makeError(ErrorCode::WrongSiteKind, QStringLiteral("the register inventory is kept at a hub"));
    }
    return access::guarded([&]() -> Result<std::vector<InventoryRegister>> {
        auto where = FindingsService::resolveScope(session, scope);
        if (!where) {
            return where.error();
        }
        std::vector<InventoryRegister> out;
        for (const auto& r : gateways::RegisterGateway(session.database()).list(where->district, where->commune)) {
            out.push_back(toRegister(r));
        }
        return out;
    });
}

Result<Coverage> InventoryService::coverage(Session& session, const ReportScope& scope) {
    if (auto active = access::requireActive(session); !active) {
        return active.error();
    }
    return access::guarded([&]() -> Result<Coverage> {
        auto where = FindingsService::resolveScope(session, scope);
        if (!where) {
            return where.error();
        }
        Coverage out;
        out.atHub = session.siteKind() == SiteKind::Hub;
        out.scope = where->label;
        out.site = out.atHub ? QStringLiteral("%1 — %2").arg(session.siteName(), where->label) : session.siteName();
        using Key = std::tuple<QString, QString, QString, int, QString>;
        struct Found {
            CoverageBook book;
            bool inInventory = false;
            std::vector<QString> workstationBooks;
        };
        std::map<Key, Found> books;
        if (out.atHub) {
            for (const auto& r : gateways::RegisterGateway(session.database()).list(where->district, where->commune)) {
                Found& f = books[{r.district, r.commune, r.recordType, r.year, r.bookNumber}];
                f.book = {r.district, r.commune, r.recordType, r.year, r.bookNumber, r.first, r.last, 0, {}, {}};
                f.inInventory = true;
            }
        }
        gateways::FindingsGateway gateway(session.database(), out.atHub);
        for (const auto& b : gateway.books({where->district, where->commune})) {
            Found& f = books[{b.district, b.commune, b.recordType, b.year, b.bookNumber}];
            if (!f.inInventory && f.workstationBooks.empty()) {
                f.book = {b.district, b.commune, b.recordType, b.year, b.bookNumber, {}, {}, 0, {}, {}};
            }
            // The inventory's range wins; else the first workstation book that knows its range.
            if (!f.inInventory && !f.book.first && b.first && b.last) {
                f.book.first = b.first;
                f.book.last = b.last;
            }
            f.workstationBooks.push_back(b.key);
        }
        for (auto& [key, f] : books) {
            std::vector<int> entries;
            for (const QString& b : f.workstationBooks) {
                const auto more = gateway.currentEntries(b);
                entries.insert(entries.end(), more.begin(), more.end());
            }
            std::sort(entries.begin(), entries.end());
            entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
            CoverageBook& book = f.book;
            book.source = f.inInventory
                              ? (f.workstationBooks.empty() ? QStringLiteral("inventory") : QStringLiteral("both"))
                              : QStringLiteral("workstation");
            if (!book.first || !book.last) {
                book.checked = static_cast<int>(entries.size());
            } else {
                int next = *book.first; // the first entry not yet accounted for
                for (const int n : entries) {
                    if (n < *book.first || n > *book.last) {
                        continue;
                    }
                    ++book.checked;
                    if (n > next) {
                        book.gaps.emplace_back(next, n - 1);
                    }
                    next = n + 1;
                }
                if (next <= *book.last) {
                    book.gaps.emplace_back(next, *book.last);
                }
            }
            out.registers.push_back(std::move(book));
        }
        return out;
    });
}

QJsonObject InventoryService::coverageJson(const Coverage& coverage) {
    QJsonArray registers;
    for (const CoverageBook& b : coverage.registers) {
        QJsonArray gaps;
        for (const auto& [from, to] : b.gaps) {
            gaps.append(QJsonArray{from, to});
        }
        registers.append(QJsonObject{{QStringLiteral("district"), b.district},
                                     {QStringLiteral("commune"), b.commune},
                                     {QStringLiteral("type"), b.recordType},
                                     {QStringLiteral("year"), b.year},
                                     {QStringLiteral("bookNumber"), b.bookNumber},
                                     {QStringLiteral("first"), orNull(b.first)},
                                     {QStringLiteral("last"), orNull(b.last)},
                                     {QStringLiteral("checked"), b.checked},
                                     {QStringLiteral("gaps"), gaps},
                                     {QStringLiteral("source"), b.source}});
    }
    return QJsonObject{{QStringLiteral("site"), coverage.site},
                       {QStringLiteral("scope"), textOrNull(coverage.scope)},
                       {QStringLiteral("registers"), registers}};
}

QJsonObject InventoryService::inventoryJson(const std::vector<InventoryRegister>& registers) {
    QJsonArray out;
    for (const InventoryRegister& r : registers) {
        out.append(QJsonObject{{QStringLiteral("district"), r.district},
                               {QStringLiteral("commune"), r.commune},
                               {QStringLiteral("type"), r.recordType},
                               {QStringLiteral("year"), r.year},
                               {QStringLiteral("bookNumber"), r.bookNumber},
                               {QStringLiteral("first"), r.first},
                               {QStringLiteral("last"), r.last},
                               {QStringLiteral("enteredBy"), r.enteredBy},
                               {QStringLiteral("enteredAt"), r.enteredAt}});
    }
    return QJsonObject{{QStringLiteral("registers"), out}};
}

} // namespace dc::core
