// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/campaign/Campaign.h"
#include "core/campaign/CampaignTotals.h"
#include "tests/support/Fifo.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

using namespace dc::core;
using namespace dc::core::campaign;

namespace {

QString q(const char* utf8) {
    return QString::fromUtf8(utf8);
}

// A small, valid campaign: two districts sharing the commune name "Tân Bình".
QJsonObject smallCampaign() {
    const QByteArray text = R"({
      "format": 1, "name": "Thử 2022", "province": "Bình Dương",
      "plan": {"dailyTarget": 400, "pairsPerDay": 2},
      "districts": [
        {"name": "Dĩ An", "volunteers": 80, "communes": [
          {"name": "Tân Bình", "kind": "phường"}, {"name": "An Bình", "kind": "phường", "dailyTarget": 250}]},
        {"name": "Bắc Tân Uyên", "communes": [
          {"name": "Tân Bình", "kind": "xã", "pairsPerDay": 3}, {"name": "Tân Thành", "kind": "thị trấn"}]}
      ],
      "totals": {"communes": 4, "byDistrict": {"Dĩ An": {"communes": 2}}}
    })";
    return QJsonDocument::fromJson(text).object();
}

QByteArray bytesOf(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject district(const QJsonObject& root, int index) {
    return root["districts"].toArray()[index].toObject();
}

void setDistrict(QJsonObject& root, int index, const QJsonObject& value) {
    QJsonArray districts = root["districts"].toArray();
    districts[index] = value;
    root["districts"] = districts;
}

void setCommune(QJsonObject& root, int d, int c, const char* key, const QJsonValue& value) {
    QJsonObject dist = district(root, d);
    QJsonArray communes = dist["communes"].toArray();
    QJsonObject commune = communes[c].toObject();
    if (value.isUndefined()) {
        commune.remove(QLatin1String(key));
    } else {
        commune[QLatin1String(key)] = value;
    }
    communes[c] = commune;
    dist["communes"] = communes;
    setDistrict(root, d, dist);
}

TEST(CampaignParse, SmallCampaignIsRead) {
    const Result<Campaign> parsed = parseCampaign(bytesOf(smallCampaign()));
    ASSERT_TRUE(parsed.ok()) << parsed.error().detail.toStdString();
    const Campaign& c = parsed.value();
    EXPECT_EQ(c.formatVersion, 1);
    EXPECT_EQ(c.name, q("Thử 2022"));
    EXPECT_EQ(c.province, q("Bình Dương"));
    EXPECT_EQ(c.defaultDailyTarget, 400);
    EXPECT_EQ(c.defaultPairsPerDay, 2);
    ASSERT_EQ(c.districts.size(), 2u);
    EXPECT_EQ(c.districts[0].name, q("Dĩ An"));
    EXPECT_EQ(c.districts[0].volunteers, 80);
    EXPECT_EQ(c.districts[1].volunteers, 0);
    EXPECT_EQ(c.districts[1].communes, (QStringList{q("Tân Bình"), q("Tân Thành")}));
    ASSERT_EQ(c.communes.size(), 4u);
    EXPECT_EQ(c.communes[0].dailyTarget, 400);
    EXPECT_EQ(c.communes[1].dailyTarget, 250); // set for the commune
    EXPECT_EQ(c.communes[2].pairsPerDay, 3);
    EXPECT_EQ(c.communes[2].kind, q("xã"));
    EXPECT_EQ(c.communes[3].district, q("Bắc Tân Uyên"));
    ASSERT_EQ(c.statedTotals.size(), 2u);
}

TEST(CampaignParse, NamesAreStoredInNfcWithSpacesCollapsed) {
    QJsonObject root = smallCampaign();
    // "Tân Thành" typed decomposed (a + U+0302, a + U+0300) with spaces around and doubled.
    setCommune(root, 1, 1, "name", QString::fromUtf8("  Ta\xCC\x82n   Tha\xCC\x80nh "));
    const Result<Campaign> parsed = parseCampaign(bytesOf(root));
    ASSERT_TRUE(parsed.ok()) << parsed.error().detail.toStdString();
    EXPECT_EQ(parsed.value().communes[3].name, q("Tân Thành"));
}

TEST(CampaignParse, UnknownKeysAreIgnored) {
    QJsonObject root = smallCampaign();
    // (Issue 13 used "units" here, issue 14 made it a key the loader knows, and issue 15 "awards": a made-up later key
    // stands in.)
    root["laterIssue"] = QJsonArray{QStringLiteral("later")};
    setCommune(root, 0, 0, "eligibility", QStringLiteral("later"));
    EXPECT_TRUE(parseCampaign(bytesOf(root)).ok());
}

struct Refusal {
    const char* label;
    std::function<QByteArray()> bytes;
    const char* detail; // a part of the error's detail
};

QByteArray mutated(const std::function<void(QJsonObject&)>& change) {
    QJsonObject root = smallCampaign();
    change(root);
    return bytesOf(root);
}

class CampaignRefusal : public ::testing::TestWithParam<Refusal> {};

TEST_P(CampaignRefusal, IsRefusedNamingTheProblem) {
    const Refusal r = GetParam();
    const Result<Campaign> parsed = parseCampaign(r.bytes());
    ASSERT_FALSE(parsed.ok()) << r.label;
    EXPECT_EQ(parsed.error().code, ErrorCode::InvalidInput) << r.label;
    EXPECT_TRUE(parsed.error().detail.contains(QString::fromUtf8(r.detail)))
        << r.label << ": " << parsed.error().detail.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Every, CampaignRefusal,
    ::testing::Values(
        Refusal{"empty", [] { return QByteArray(); }, "not a JSON object"},
        Refusal{"not JSON", [] { return QByteArray("format: 1"); }, "not a JSON object"},
        Refusal{"JSON array", [] { return QByteArray("[1, 2]"); }, "not a JSON object"},
        Refusal{"truncated", [] { return bytesOf(smallCampaign()).left(100); }, "not a JSON object"},
        Refusal{"too large", [] { return QByteArray(kMaxCampaignBytes + 1, ' '); }, "larger than"},
        Refusal{"no format", [] { return mutated([](QJsonObject& o) { o.remove("format"); }); }, "no \"format\""},
        Refusal{"format a string", [] { return mutated([](QJsonObject& o) { o["format"] = "1"; }); },
                "format must be a number"},
        Refusal{"format 2", [] { return mutated([](QJsonObject& o) { o["format"] = 2; }); }, "unknown format"},
        Refusal{"format 1.5", [] { return mutated([](QJsonObject& o) { o["format"] = 1.5; }); }, "unknown format"},
        Refusal{"no name", [] { return mutated([](QJsonObject& o) { o.remove("name"); }); }, "no \"name\""},
        Refusal{"name a number", [] { return mutated([](QJsonObject& o) { o["name"] = 7; }); },
                "name must be a string"},
        Refusal{"name blank", [] { return mutated([](QJsonObject& o) { o["name"] = "   "; }); }, "1 to 100"},
        Refusal{"no province", [] { return mutated([](QJsonObject& o) { o.remove("province"); }); }, "no \"province\""},
        Refusal{"no plan", [] { return mutated([](QJsonObject& o) { o.remove("plan"); }); }, "no \"plan\""},
        Refusal{"plan an array", [] { return mutated([](QJsonObject& o) { o["plan"] = QJsonArray{}; }); },
                "plan must be an object"},
        Refusal{"no daily target",
                [] { return mutated([](QJsonObject& o) {
                         o["plan"] = QJsonObject{{"pairsPerDay", 2}};
                     }); },
                "no \"dailyTarget\""},
        Refusal{"daily target a string",
                [] {
                    return mutated([](QJsonObject& o) {
                        o["plan"] = QJsonObject{{"dailyTarget", "400"}, {"pairsPerDay", 2}};
                    });
                },
                "plan.dailyTarget must be a number"},
        Refusal{"daily target 0",
                [] {
                    return mutated([](QJsonObject& o) {
                        o["plan"] = QJsonObject{{"dailyTarget", 0}, {"pairsPerDay", 2}};
                    });
                },
                "plan.dailyTarget must be a positive integer"},
        Refusal{"daily target negative",
                [] {
                    return mutated([](QJsonObject& o) {
                        o["plan"] = QJsonObject{{"dailyTarget", -400}, {"pairsPerDay", 2}};
                    });
                },
                "positive integer"},
        Refusal{"daily target fractional",
                [] {
                    return mutated([](QJsonObject& o) {
                        o["plan"] = QJsonObject{{"dailyTarget", 400.5}, {"pairsPerDay", 2}};
                    });
                },
                "positive integer"},
        Refusal{"daily target beyond int",
                [] {
                    return mutated([](QJsonObject& o) {
                        o["plan"] = QJsonObject{{"dailyTarget", 1e300}, {"pairsPerDay", 2}};
                    });
                },
                "positive integer"},
        Refusal{"pairs per day 0",
                [] {
                    return mutated([](QJsonObject& o) {
                        o["plan"] = QJsonObject{{"dailyTarget", 400}, {"pairsPerDay", 0}};
                    });
                },
                "plan.pairsPerDay must be a positive integer"},
        Refusal{"commune target 0",
                [] { return mutated([](QJsonObject& o) { setCommune(o, 0, 1, "dailyTarget", 0); }); },
                "districts[0].communes[1].dailyTarget must be a positive integer"},
        Refusal{"commune pairs a string",
                [] { return mutated([](QJsonObject& o) { setCommune(o, 1, 0, "pairsPerDay", "3"); }); },
                "districts[1].communes[0].pairsPerDay must be a number"},
        Refusal{"no districts", [] { return mutated([](QJsonObject& o) { o.remove("districts"); }); },
                "no \"districts\""},
        Refusal{"districts an object", [] { return mutated([](QJsonObject& o) { o["districts"] = QJsonObject{}; }); },
                "districts must be an array"},
        Refusal{"districts empty", [] { return mutated([](QJsonObject& o) { o["districts"] = QJsonArray{}; }); },
                "1 to 1000 districts"},
        Refusal{"district a string",
                [] { return mutated([](QJsonObject& o) { o["districts"] = QJsonArray{"Dĩ An"}; }); },
                "districts[0] must be an object"},
        Refusal{"district without communes",
                [] {
                    return mutated([](QJsonObject& o) {
                        QJsonObject d = district(o, 1);
                        d["communes"] = QJsonArray{};
                        setDistrict(o, 1, d);
                    });
                },
                "must have 1 to 1000 communes"},
        Refusal{"district communes missing",
                [] {
                    return mutated([](QJsonObject& o) {
                        QJsonObject d = district(o, 1);
                        d.remove("communes");
                        setDistrict(o, 1, d);
                    });
                },
                "districts[1] has no \"communes\""},
        Refusal{"district named twice",
                [] {
                    return mutated([](QJsonObject& o) {
                        QJsonObject d = district(o, 1);
                        d["name"] = QString::fromUtf8("dĩ  AN");
                        setDistrict(o, 1, d);
                    });
                },
                "is named twice"},
        Refusal{
            "commune named twice in a district",
            [] { return mutated([](QJsonObject& o) { setCommune(o, 0, 1, "name", QString::fromUtf8("TÂN BÌNH")); }); },
            "the commune TÂN BÌNH is named twice in Dĩ An"},
        Refusal{"commune without name",
                [] { return mutated([](QJsonObject& o) { setCommune(o, 0, 1, "name", QJsonValue::Undefined); }); },
                "districts[0].communes[1] has no \"name\""},
        Refusal{"commune name a number",
                [] { return mutated([](QJsonObject& o) { setCommune(o, 0, 1, "name", 12); }); },
                "communes[1].name must be a string"},
        Refusal{"commune name with a slash",
                [] { return mutated([](QJsonObject& o) { setCommune(o, 0, 1, "name", "An/Bình"); }); }, "'/'"},
        Refusal{"commune name with a control character",
                [] { return mutated([](QJsonObject& o) { setCommune(o, 0, 1, "name", QString("An\x01")); }); },
                "control character"},
        Refusal{"commune without kind",
                [] { return mutated([](QJsonObject& o) { setCommune(o, 0, 1, "kind", QJsonValue::Undefined); }); },
                "has no \"kind\""},
        Refusal{"commune of an unknown kind",
                [] { return mutated([](QJsonObject& o) { setCommune(o, 0, 1, "kind", "huyện"); }); },
                "kind must be one of"},
        Refusal{"totals an array", [] { return mutated([](QJsonObject& o) { o["totals"] = QJsonArray{}; }); },
                "totals must be an object"},
        Refusal{"stated total a string",
                [] { return mutated([](QJsonObject& o) {
                         o["totals"] = QJsonObject{{"communes", "91"}};
                     }); },
                "totals.communes must be a non-negative integer"},
        Refusal{"stated total negative",
                [] { return mutated([](QJsonObject& o) {
                         o["totals"] = QJsonObject{{"communes", -1}};
                     }); },
                "non-negative integer"},
        Refusal{"stated total for an unknown district",
                [] {
                    return mutated([](QJsonObject& o) {
                        o["totals"] = QJsonObject{{"byDistrict", QJsonObject{{"Dầu Tiếng", QJsonObject{}}}}};
                    });
                },
                "not in the campaign"},
        Refusal{"byDistrict an array",
                [] { return mutated([](QJsonObject& o) {
                         o["totals"] = QJsonObject{{"byDistrict", QJsonArray{}}};
                     }); },
                "totals.byDistrict must be an object"}),
    [](const ::testing::TestParamInfo<Refusal>& info) {
        std::string name;
        for (const char* p = info.param.label; *p; ++p) {
            name += std::isalnum(static_cast<unsigned char>(*p)) ? *p : '_';
        }
        return name;
    });

// ---- The built-in campaign -----------------------------------------------------------------------------------

TEST(BuiltInCampaign, HasTheNineDistrictsAndNinetyOneCommunesOfTheSeed) {
    const Campaign& c = builtInCampaign();
    EXPECT_EQ(c.name, q("Bình Dương 2022"));
    EXPECT_EQ(c.province, q("Bình Dương"));
    EXPECT_EQ(c.districts.size(), 9u);
    EXPECT_EQ(c.communes.size(), 91u);
    EXPECT_EQ(c.defaultDailyTarget, 400);
    EXPECT_EQ(c.defaultPairsPerDay, 2);
    int volunteers = 0;
    for (const District& d : c.districts) {
        volunteers += d.volunteers;
    }
    EXPECT_EQ(volunteers, 600);
    const std::optional<Commune> thanhAn = findCommune(c, q("Dầu Tiếng"), q("Thanh An"));
    ASSERT_TRUE(thanhAn);
    EXPECT_EQ(thanhAn->kind, q("xã"));
    EXPECT_EQ(thanhAn->dailyTarget, 400);
    EXPECT_EQ(thanhAn->pairsPerDay, 2);
    EXPECT_TRUE(parseCampaign(builtInCampaignBytes()).ok());
}

TEST(BuiltInCampaign, ItsTotalsDisagreeOnlyWhereThePlanItselfDoes) {
    // The plan's total row says 362 volunteers a day; its rows add up to 364 (= 91 communes × 2 pairs × 2).
    const TotalsCheck check = checkTotals(builtInCampaign());
    ASSERT_EQ(check.disagreements.size(), 1u);
    EXPECT_EQ(check.disagreements[0].total, q("volunteersPerDay"));
    EXPECT_TRUE(check.disagreements[0].district.isEmpty());
    EXPECT_EQ(check.disagreements[0].stated, 362);
    EXPECT_EQ(check.disagreements[0].computed, 364);
    EXPECT_TRUE(check.unchecked.empty());
    auto value = [&](const QString& district, const char* total) {
        for (const Total& t : check.computed) {
            if (t.district == district && t.total == QString::fromUtf8(total)) {
                return t.value;
            }
        }
        return qint64{-1};
    };
    EXPECT_EQ(value({}, "districts"), 9);
    EXPECT_EQ(value({}, "communes"), 91);
    EXPECT_EQ(value({}, "dailyTarget"), 91 * 400);
    EXPECT_EQ(value({}, "pairsPerDay"), 182);
    EXPECT_EQ(value({}, "volunteers"), 600);
    EXPECT_EQ(value(q("Dầu Tiếng"), "communes"), 12);
    EXPECT_EQ(value(q("Thủ Dầu Một"), "volunteersPerDay"), 56);
    EXPECT_EQ(value({}, "communes.xã") + value({}, "communes.phường") + value({}, "communes.thị trấn"), 91);
}

TEST(CampaignTotals, StatedTotalsAreCheckedAndUnknownOnesListed) {
    QJsonObject root = smallCampaign();
    root["totals"] =
        QJsonObject{{"communes", 5},
                    {"pairsPerDay", 9}, // 2 + 2 + 3 + 2
                    {"dailyTarget", 1450},
                    {"awards", 3},
                    {"byDistrict", QJsonObject{{QString::fromUtf8("bắc tân uyên"), QJsonObject{{"communes", 2}}},
                                               {QString::fromUtf8("Dĩ An"), QJsonObject{{"dailyTarget", 800}}}}}};
    const Result<Campaign> parsed = parseCampaign(bytesOf(root));
    ASSERT_TRUE(parsed.ok()) << parsed.error().detail.toStdString();
    const TotalsCheck check = checkTotals(parsed.value());
    ASSERT_EQ(check.disagreements.size(), 2u);
    // QJsonObject keeps keys sorted: "communes" before "pairsPerDay"; then the districts' totals.
    EXPECT_EQ(check.disagreements[0].total, q("communes"));
    EXPECT_EQ(check.disagreements[0].stated, 5);
    EXPECT_EQ(check.disagreements[0].computed, 4);
    EXPECT_EQ(check.disagreements[1].district, q("Dĩ An"));
    EXPECT_EQ(check.disagreements[1].total, q("dailyTarget"));
    EXPECT_EQ(check.disagreements[1].computed, 650);
    ASSERT_EQ(check.unchecked.size(), 1u);
    EXPECT_EQ(check.unchecked[0].total, q("awards"));
}

// ---- Resolution ----------------------------------------------------------------------------------------------

struct Typed {
    const char* typed;
    const char* district; // expected; "" when refused
    const char* commune;
    const char* detail; // when refused: a part of the message
};

class CommuneResolution : public ::testing::TestWithParam<Typed> {};

TEST_P(CommuneResolution, ResolvesOrRefuses) {
    const Typed t = GetParam();
    const Result<Commune> resolved = resolveCommune(builtInCampaign(), QString::fromUtf8(t.typed));
    if (std::string(t.district).empty()) {
        ASSERT_FALSE(resolved.ok()) << t.typed;
        EXPECT_EQ(resolved.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(resolved.error().detail.contains(QString::fromUtf8(t.detail)))
            << t.typed << ": " << resolved.error().detail.toStdString();
    } else {
        ASSERT_TRUE(resolved.ok()) << t.typed << ": " << resolved.error().detail.toStdString();
        EXPECT_EQ(resolved.value().district, QString::fromUtf8(t.district)) << t.typed;
        EXPECT_EQ(resolved.value().name, QString::fromUtf8(t.commune)) << t.typed;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Typed, CommuneResolution,
    ::testing::Values(
        Typed{"Dầu Tiếng/Thanh An", "Dầu Tiếng", "Thanh An", ""},
        Typed{"Thanh An", "Dầu Tiếng", "Thanh An", ""},                                           // unique bare name
        Typed{"  dầu tiếng  /  THANH   AN ", "Dầu Tiếng", "Thanh An", ""},                        // case and spaces
        Typed{"Da\xCC\x82\xCC\x80u Tie\xCC\x82\xCC\x81ng/Thanh An", "Dầu Tiếng", "Thanh An", ""}, // NFD
        Typed{"Dĩ An/Tân Bình", "Dĩ An", "Tân Bình", ""},
        Typed{"Bắc Tân Uyên/Tân Bình", "Bắc Tân Uyên", "Tân Bình", ""}, Typed{"Dĩ An/An Bình", "Dĩ An", "An Bình", ""},
        Typed{"Phú Giáo/An Bình", "Phú Giáo", "An Bình", ""}, Typed{"Tân Uyên/Tân Hiệp", "Tân Uyên", "Tân Hiệp", ""},
        Typed{"Phú Giáo/Tân Hiệp", "Phú Giáo", "Tân Hiệp", ""}, Typed{"Bến Cát/Tân Định", "Bến Cát", "Tân Định", ""},
        Typed{"Bắc Tân Uyên/Tân Định", "Bắc Tân Uyên", "Tân Định", ""},
        Typed{"Tân Bình", "", "", "Tân Bình is in Dĩ An and in Bắc Tân Uyên"},
        Typed{"an bình", "", "", "An Bình is in Dĩ An and in Phú Giáo"},
        Typed{"Tân Hiệp", "", "", "Tân Hiệp is in Tân Uyên and in Phú Giáo"},
        Typed{"Tân Định", "", "", "Tân Định is in Bến Cát and in Bắc Tân Uyên"},
        Typed{"Thanh An/Dầu Tiếng", "", "", "no district named Thanh An"},
        Typed{"Dầu Tiếng/Tân Bình", "", "", "no commune named Tân Bình in Dầu Tiếng"},
        Typed{"Dau Tieng/Thanh An", "", "", "no district named"}, // tone marks are not forgiven
        Typed{"Thanh An Xa", "", "", "no commune named"}, Typed{"", "", "", "District/Commune"},
        Typed{"   ", "", "", "District/Commune"}));

TEST(CommunePath, IsDistrictSlashCommune) {
    EXPECT_EQ(communePath(q("Dầu Tiếng"), q("Thanh An")), q("Dầu Tiếng/Thanh An"));
    EXPECT_TRUE(hasDistrict(builtInCampaign(), q("dầu  tiếng")));
    EXPECT_FALSE(hasDistrict(builtInCampaign(), q("Dau Tieng")));
    EXPECT_EQ(canonicalDistrict(builtInCampaign(), q("BẾN CÁT")).value_or(QString()), q("Bến Cát"));
}

TEST(LoadCampaign, MissingFileIsAnIoError) {
    const Result<Campaign> loaded = loadCampaign(QStringLiteral("/nonexistent/campaign.json"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, ErrorCode::IoError);
}

// `campaign check FILE` and `init --campaign FILE` read a regular file only: a FIFO is refused at once (it used to wait
// for a writer for ever), a device is not read (/dev/zero was read up to the cap), and a file over the cap is refused
// as parseCampaign words it.
TEST(LoadCampaign, AFifoOrADeviceIsRefusedAtOnceAndALargeFileAsTooLarge) {
    QTemporaryDir dir;
    const auto fromFifo = dc::test::readOfAFifo(dir.filePath(QStringLiteral("campaign.json")),
                                                [](const QString& p) { return loadCampaign(p); });
    ASSERT_TRUE(fromFifo.has_value()) << "loading a FIFO waited for a writer";
    ASSERT_FALSE(fromFifo->ok());
    EXPECT_EQ(fromFifo->error().code, ErrorCode::IoError);
    const Result<Campaign> zero = loadCampaign(QStringLiteral("/dev/zero"));
    ASSERT_FALSE(zero.ok());
    EXPECT_EQ(zero.error().code, ErrorCode::IoError);
    const QString large = dir.filePath(QStringLiteral("large.json"));
    QFile file(large);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(QByteArray(kMaxCampaignBytes + 1, ' ')), kMaxCampaignBytes + 1);
    file.close();
    const Result<Campaign> tooLarge = loadCampaign(large);
    ASSERT_FALSE(tooLarge.ok());
    EXPECT_EQ(tooLarge.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(tooLarge.error().detail.contains(QStringLiteral("larger than")))
        << tooLarge.error().detail.toStdString();
}

} // namespace

// ---- Issue 14: units, dates, scope, eligibility ------------------------------------------------------------------

namespace {

QJsonObject withIssue14(QJsonObject root) {
    root["dates"] = QJsonObject{{"registrationFrom", "24/11/2022"}, {"registrationTo", "28/11/2022"},
                                {"unitListsDue", "29/11/2022"},     {"training", "30/11/2022 08:00"},
                                {"workFrom", "01/12/2022"},         {"workTo", "31/12/2022"}};
    root["scope"] = QJsonObject{{"entryCutoff", "01/06/2017"}};
    root["eligibility"] = QJsonObject{{"minAge", 16}, {"maxAge", 35}};
    root["units"] =
        QJsonArray{QJsonObject{{"name", "Dĩ An"}, {"kind", "district"}, {"district", "dĩ  an"}, {"quota", 50}},
                   QJsonObject{{"name", "Đại học Việt Đức"}, {"kind", "school"}, {"quota", 30}}};
    return root;
}

QByteArray issue14(const std::function<void(QJsonObject&)>& change) {
    QJsonObject root = withIssue14(smallCampaign());
    change(root);
    return bytesOf(root);
}

void setIn(QJsonObject& root, const char* object, const char* key, const QJsonValue& value) {
    QJsonObject inner = root[QLatin1String(object)].toObject();
    if (value.isUndefined()) {
        inner.remove(QLatin1String(key));
    } else {
        inner[QLatin1String(key)] = value;
    }
    root[QLatin1String(object)] = inner;
}

void setUnit(QJsonObject& root, int index, const char* key, const QJsonValue& value) {
    QJsonArray units = root["units"].toArray();
    QJsonObject unit = units[index].toObject();
    if (value.isUndefined()) {
        unit.remove(QLatin1String(key));
    } else {
        unit[QLatin1String(key)] = value;
    }
    units[index] = unit;
    root["units"] = units;
}

} // namespace

TEST(CampaignParse, UnitsDatesScopeAndAgesAreRead) {
    const Result<Campaign> parsed = parseCampaign(issue14([](QJsonObject&) {}));
    ASSERT_TRUE(parsed.ok()) << parsed.error().detail.toStdString();
    const Campaign& c = parsed.value();
    ASSERT_EQ(c.units.size(), 2u);
    EXPECT_EQ(c.units[0].name, q("Dĩ An"));
    EXPECT_EQ(c.units[0].kind, q("district"));
    EXPECT_EQ(c.units[0].district, q("Dĩ An")); // the campaign's spelling
    EXPECT_EQ(c.units[1].kind, q("school"));
    EXPECT_TRUE(c.units[1].district.isEmpty());
    EXPECT_EQ(c.units[1].quota, 30);
    EXPECT_EQ(c.dates.unitListsDue, QDate(2022, 11, 29));
    EXPECT_EQ(c.dates.training, QDate(2022, 11, 30));
    EXPECT_EQ(c.dates.trainingTime, QTime(8, 0));
    EXPECT_EQ(c.year(), 2022);
    EXPECT_EQ(c.entryCutoff, QDate(2017, 6, 1));
    EXPECT_EQ(c.minAge, 16);
    EXPECT_EQ(c.maxAge, 35);
    // A unit is found with other case, spaces, or without tone marks when that is unique.
    ASSERT_TRUE(findUnit(c, q("dai hoc viet duc")));
    EXPECT_EQ(findUnit(c, q("ĐẠI HỌC  VIỆT ĐỨC"))->name, q("Đại học Việt Đức"));
    EXPECT_FALSE(findUnit(c, q("Đại học")));
    // An older file without these keys is still read, with nothing set.
    const Result<Campaign> older = parseCampaign(bytesOf(smallCampaign()));
    ASSERT_TRUE(older.ok());
    EXPECT_TRUE(older->units.empty());
    EXPECT_FALSE(older->dates.isSet());
    EXPECT_EQ(older->year(), 0);
    EXPECT_EQ(older->minAge, 0);
}

INSTANTIATE_TEST_SUITE_P(
    Issue14, CampaignRefusal,
    ::testing::Values(
        Refusal{"units an object", [] { return issue14([](QJsonObject& o) { o["units"] = QJsonObject{}; }); },
                "units must be an array"},
        Refusal{"units empty", [] { return issue14([](QJsonObject& o) { o["units"] = QJsonArray{}; }); },
                "1 to 1000 units"},
        Refusal{"unit not an object", [] { return issue14([](QJsonObject& o) { o["units"] = QJsonArray{1}; }); },
                "units[0] must be an object"},
        Refusal{
            "unit without name",
            [] { return issue14([](QJsonObject& o) { setUnit(o, 1, "name", QJsonValue(QJsonValue::Undefined)); }); },
            "units[1] has no \"name\""},
        Refusal{"unit named twice", [] { return issue14([](QJsonObject& o) { setUnit(o, 1, "name", "DĨ  AN"); }); },
                "named twice"},
        Refusal{
            "unit without quota",
            [] { return issue14([](QJsonObject& o) { setUnit(o, 0, "quota", QJsonValue(QJsonValue::Undefined)); }); },
            "units[0] has no \"quota\""},
        Refusal{"quota zero", [] { return issue14([](QJsonObject& o) { setUnit(o, 0, "quota", 0); }); },
                "units[0].quota must be a positive integer"},
        Refusal{"quota fractional", [] { return issue14([](QJsonObject& o) { setUnit(o, 0, "quota", 2.5); }); },
                "units[0].quota must be a positive integer"},
        Refusal{"quota huge", [] { return issue14([](QJsonObject& o) { setUnit(o, 0, "quota", 1e300); }); },
                "units[0].quota must be a positive integer"},
        Refusal{"quota a string", [] { return issue14([](QJsonObject& o) { setUnit(o, 0, "quota", "50"); }); },
                "units[0].quota must be a number"},
        Refusal{"unknown unit kind", [] { return issue14([](QJsonObject& o) { setUnit(o, 1, "kind", "army"); }); },
                "must be one of district, school, other"},
        Refusal{"district unit without district",
                [] {
                    return issue14(
                        [](QJsonObject& o) { setUnit(o, 0, "district", QJsonValue(QJsonValue::Undefined)); });
                },
                "units[0] has no \"district\""},
        Refusal{"district unit elsewhere",
                [] { return issue14([](QJsonObject& o) { setUnit(o, 0, "district", "Thuận An"); }); },
                "not in the campaign"},
        Refusal{"school with a district",
                [] { return issue14([](QJsonObject& o) { setUnit(o, 1, "district", "Dĩ An"); }); },
                "only for a unit of kind"},
        Refusal{"dates an array", [] { return issue14([](QJsonObject& o) { o["dates"] = QJsonArray{}; }); },
                "dates must be an object"},
        Refusal{"no workFrom",
                [] {
                    return issue14(
                        [](QJsonObject& o) { setIn(o, "dates", "workFrom", QJsonValue(QJsonValue::Undefined)); });
                },
                "dates has no \"workFrom\""},
        Refusal{"impossible day",
                [] { return issue14([](QJsonObject& o) { setIn(o, "dates", "workTo", "31/11/2022"); }); },
                "dates.workTo must be a day"},
        Refusal{"ISO day", [] { return issue14([](QJsonObject& o) { setIn(o, "dates", "workTo", "2022-12-31"); }); },
                "dates.workTo must be a day"},
        Refusal{"day a number", [] { return issue14([](QJsonObject& o) { setIn(o, "dates", "workTo", 31); }); },
                "dates.workTo must be a day"},
        Refusal{"training without time",
                [] { return issue14([](QJsonObject& o) { setIn(o, "dates", "training", "30/11/2022"); }); },
                "dates.training must be a day and time"},
        Refusal{"registration backwards",
                [] { return issue14([](QJsonObject& o) { setIn(o, "dates", "registrationFrom", "29/11/2022"); }); },
                "registrationFrom is after"},
        Refusal{"lists due before registration ends",
                [] { return issue14([](QJsonObject& o) { setIn(o, "dates", "unitListsDue", "27/11/2022"); }); },
                "unitListsDue is before"},
        Refusal{"training after work starts",
                [] { return issue14([](QJsonObject& o) { setIn(o, "dates", "training", "02/12/2022 08:00"); }); },
                "training must fall between"},
        Refusal{"work backwards",
                [] { return issue14([](QJsonObject& o) { setIn(o, "dates", "workTo", "30/11/2022"); }); },
                "1 to 366 days"},
        Refusal{"work too long",
                [] { return issue14([](QJsonObject& o) { setIn(o, "dates", "workTo", "31/12/2023"); }); },
                "1 to 366 days"},
        Refusal{"no minAge",
                [] {
                    return issue14(
                        [](QJsonObject& o) { setIn(o, "eligibility", "minAge", QJsonValue(QJsonValue::Undefined)); });
                },
                "eligibility has no \"minAge\""},
        Refusal{"ages reversed", [] { return issue14([](QJsonObject& o) { setIn(o, "eligibility", "minAge", 40); }); },
                "minAge is greater"},
        Refusal{"age over 120", [] { return issue14([](QJsonObject& o) { setIn(o, "eligibility", "maxAge", 121); }); },
                "eligibility.maxAge must be a positive integer"},
        Refusal{"ages without dates", [] { return issue14([](QJsonObject& o) { o.remove("dates"); }); },
                "eligibility needs \"dates\""},
        Refusal{"no entry cutoff", [] { return issue14([](QJsonObject& o) { o["scope"] = QJsonObject{}; }); },
                "scope has no \"entryCutoff\""},
        Refusal{"entry cutoff unreadable",
                [] { return issue14([](QJsonObject& o) { setIn(o, "scope", "entryCutoff", "1/6/2017"); }); },
                "scope.entryCutoff must be a day"}),
    [](const ::testing::TestParamInfo<Refusal>& info) {
        std::string name;
        for (const char* p = info.param.label; *p; ++p) {
            name += std::isalnum(static_cast<unsigned char>(*p)) ? *p : '_';
        }
        return name;
    });

TEST(BuiltInCampaign, HasTheSeventeenUnitsTheDatesAndTheAges) {
    const Campaign& c = builtInCampaign();
    ASSERT_EQ(c.units.size(), 17u);
    int quota = 0;
    int districtUnits = 0;
    for (const Unit& unit : c.units) {
        quota += unit.quota;
        if (unit.kind == q("district")) {
            ++districtUnits;
            EXPECT_TRUE(hasDistrict(c, unit.district)) << unit.name.toStdString();
        }
    }
    EXPECT_EQ(quota, 600);
    EXPECT_EQ(districtUnits, 9);
    EXPECT_EQ(findUnit(c, q("Đại học Thủ Dầu Một"))->quota, 60);
    EXPECT_EQ(findUnit(c, q("Tân Uyên"))->quota, 60);
    EXPECT_EQ(findUnit(c, q("Tân Uyên"))->district, q("Tân Uyên"));
    EXPECT_EQ(c.dates.registrationFrom, QDate(2022, 11, 24));
    EXPECT_EQ(c.dates.registrationTo, QDate(2022, 11, 28));
    EXPECT_EQ(c.dates.unitListsDue, QDate(2022, 11, 29));
    EXPECT_EQ(c.dates.training, QDate(2022, 11, 30));
    EXPECT_EQ(c.dates.workFrom, QDate(2022, 12, 1));
    EXPECT_EQ(c.dates.workTo, QDate(2022, 12, 31));
    EXPECT_EQ(c.entryCutoff, QDate(2017, 6, 1));
    EXPECT_EQ(c.minAge, 16);
    EXPECT_EQ(c.maxAge, 35);
    // The recomputed units and quota agree with the stated ones; the only disagreement stays the plan's 362.
    const TotalsCheck check = checkTotals(c);
    ASSERT_EQ(check.disagreements.size(), 1u);
    EXPECT_EQ(check.disagreements[0].total, q("volunteersPerDay"));
    bool sawQuota = false;
    for (const Total& t : check.computed) {
        if (t.district.isEmpty() && t.total == q("quota")) {
            EXPECT_EQ(t.value, 600);
            sawQuota = true;
        }
    }
    EXPECT_TRUE(sawQuota);
}

TEST(CampaignTotals, AStatedQuotaThatDisagreesIsReported) {
    QJsonObject root = withIssue14(smallCampaign());
    root["totals"] = QJsonObject{{"quota", 90}, {"units", 2}};
    const Result<Campaign> parsed = parseCampaign(bytesOf(root));
    ASSERT_TRUE(parsed.ok()) << parsed.error().detail.toStdString();
    const TotalsCheck check = checkTotals(parsed.value());
    ASSERT_EQ(check.disagreements.size(), 1u);
    EXPECT_EQ(check.disagreements[0].total, q("quota"));
    EXPECT_EQ(check.disagreements[0].stated, 90);
    EXPECT_EQ(check.disagreements[0].computed, 80);
}

// ---- Issue 15: awards and the certificates' wording -------------------------------------------------------------

TEST(CampaignParse, AwardsAndCertificateDefaultWhenAbsent) {
    const Result<Campaign> parsed = parseCampaign(bytesOf(smallCampaign()));
    ASSERT_TRUE(parsed.ok());
    const Campaign& c = parsed.value();
    EXPECT_EQ(c.awards.tiers.minDays, dc::core::evaluation::defaultAwardRules().tiers.minDays);
    EXPECT_EQ(c.awards.gate.maxMissRateUpper, dc::core::evaluation::defaultAwardRules().gate.maxMissRateUpper);
    // The seed plan's wording, with the campaign's province.
    EXPECT_EQ(c.certificate.issuer, q("BCH ĐOÀN TỈNH BÌNH DƯƠNG"));
    EXPECT_EQ(c.certificate.title,
              q("Tình nguyện viên hỗ trợ nhập dữ liệu hộ tịch trên nền tảng Cơ sở dữ liệu quốc gia "
                "về dân cư trên địa bàn tỉnh Bình Dương"));
    EXPECT_EQ(c.certificate.place, q("Bình Dương"));
    EXPECT_EQ(c.certificate.onBehalfOf, q("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN"));
    EXPECT_EQ(c.certificate.signatoryRole, q("BÍ THƯ"));
    EXPECT_TRUE(c.certificate.signatory.isEmpty());
    EXPECT_EQ(builtInCampaign().certificate.issuer, q("BCH ĐOÀN TỈNH BÌNH DƯƠNG"));
}

TEST(CampaignParse, AwardsAndCertificateAreRead) {
    QJsonObject root = smallCampaign();
    root["province"] = q("Lâm  Đồng");
    root["awards"] = QJsonObject{{"tiers", QJsonObject{{"minDays", 3}}}, {"shortlist", QJsonObject{{"province", 7}}}};
    root["certificate"] = QJsonObject{{"title", q("Chiến dịch  số hoá hộ tịch 2023")},
                                      {"signatory", q("Nguye\u0302\u0303n Văn A")}, // NFD: stored NFC
                                      {"signatoryRole", q("PHÓ BÍ THƯ")}};
    const Result<Campaign> parsed = parseCampaign(bytesOf(root));
    ASSERT_TRUE(parsed.ok()) << parsed.error().detail.toStdString();
    const Campaign& c = parsed.value();
    EXPECT_EQ(c.awards.tiers.minDays, 3);
    EXPECT_EQ(c.awards.shortlist.province, 7);
    EXPECT_EQ(c.awards.shortlist.perDistrict, dc::core::evaluation::defaultAwardRules().shortlist.perDistrict);
    EXPECT_EQ(c.certificate.title, q("Chiến dịch số hoá hộ tịch 2023"));
    EXPECT_EQ(c.certificate.signatory, q("Nguyễn Văn A"));
    EXPECT_EQ(c.certificate.signatoryRole, q("PHÓ BÍ THƯ"));
    EXPECT_EQ(c.certificate.place, q("Lâm Đồng")); // the defaults follow the province
    EXPECT_EQ(c.certificate.issuer, q("BCH ĐOÀN TỈNH LÂM ĐỒNG"));
    EXPECT_EQ(c.certificate.onBehalfOf, q("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN"));
}

QByteArray withKey(const char* key, const QJsonValue& value) {
    return mutated([&](QJsonObject& o) { o[QLatin1String(key)] = value; });
}

INSTANTIATE_TEST_SUITE_P(
    Issue15, CampaignRefusal,
    ::testing::Values(
        Refusal{"awards not an object", [] { return withKey("awards", 5); }, "awards must be an object"},
        Refusal{"awards unknown key",
                [] {
                    return withKey("awards", QJsonObject{{"bonus", 1}});
                },
                "awards"},
        Refusal{"awards miss rate over 1",
                [] {
                    return withKey("awards", QJsonObject{{"gate", QJsonObject{{"maxMissRateUpper", 1.5}}}});
                },
                "awards.gate.maxMissRateUpper"},
        Refusal{"awards negative min days",
                [] {
                    return withKey("awards", QJsonObject{{"tiers", QJsonObject{{"minDays", -1}}}});
                },
                "awards.tiers.minDays"},
        Refusal{"awards weight for a writing difference",
                [] {
                    return withKey("awards", QJsonObject{{"weights", QJsonObject{{"writingDifference", 1}}}});
                },
                "awards.weights"},
        Refusal{"certificate not an object", [] { return withKey("certificate", q("GCN")); },
                "certificate must be an object"},
        Refusal{"certificate unknown key",
                [] {
                    return withKey("certificate", QJsonObject{{"logo", q("x.png")}});
                },
                "certificate has an unknown key \"logo\""},
        Refusal{"certificate title a number",
                [] {
                    return withKey("certificate", QJsonObject{{"title", 1}});
                },
                "certificate.title must be a string"},
        Refusal{"certificate title empty",
                [] {
                    return withKey("certificate", QJsonObject{{"title", q("  ")}});
                },
                "certificate.title must have 1 to 300 characters"},
        Refusal{"certificate title too long",
                [] {
                    return withKey("certificate", QJsonObject{{"title", QString(301, u'a')}});
                },
                "certificate.title must have 1 to 300 characters"},
        Refusal{"certificate place too long",
                [] {
                    return withKey("certificate", QJsonObject{{"place", QString(101, u'a')}});
                },
                "certificate.place must have 1 to 100 characters"},
        Refusal{"certificate signatory too long",
                [] {
                    return withKey("certificate", QJsonObject{{"signatory", QString(101, u'a')}});
                },
                "certificate.signatory must have 0 to 100 characters"},
        Refusal{"certificate role with a line break",
                [] {
                    return withKey("certificate", QJsonObject{{"signatoryRole", q("TM. BAN\nBÍ THƯ")}});
                },
                "certificate.signatoryRole holds a control character"},
        Refusal{"certificate issuer null",
                [] {
                    return withKey("certificate", QJsonObject{{"issuer", QJsonValue()}});
                },
                "certificate.issuer must be a string"}),
    [](const ::testing::TestParamInfo<Refusal>& info) {
        std::string name;
        for (const char* p = info.param.label; *p; ++p) {
            name += std::isalnum(static_cast<unsigned char>(*p)) ? *p : '_';
        }
        return name;
    });
