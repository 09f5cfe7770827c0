# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#
# crypto links Botan only (privately); core links crypto, core/sheets, QtCore, SQLCipher, zxcvbn (password strength), CBC and
# LEMON (the allocation's solvers) and zstd (the hub's chain blocks) only; core/sheets (the units' lists) QtCore, libzip and freexl only; app/common and app/cli
# link no Qt module above QtCore; the report exports (app/common/export) add only libxlsxwriter and cairo.
include(${LINKS})
set(failures "")

macro(expect_only layer links allowed)
    foreach(lib IN LISTS ${links})
        string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
        list(FIND ${allowed} "${lib}" found)
        if(found EQUAL -1)
            string(APPEND failures "\n  ${layer} links ${lib}, which it must not")
        endif()
    endforeach()
endmacro()

set(crypto_allowed Botan::Botan)
set(core_allowed doichieu_crypto doichieu_sheets Qt6::Core SQLCipher::SQLCipher Zxcvbn::Zxcvbn PkgConfig::CBC PkgConfig::LEMON
    PkgConfig::ZSTD)
set(sheets_allowed Qt6::Core PkgConfig::LIBZIP PkgConfig::FREEXL)
set(appcommon_allowed doichieu_core Qt6::Core)
set(export_allowed doichieu_appcommon PkgConfig::XLSXWRITER PkgConfig::CAIRO)
set(cli_allowed doichieu_appcommon doichieu_export)
expect_only(crypto CRYPTO_LINKS crypto_allowed)
expect_only(core CORE_LINKS core_allowed)
expect_only(core/sheets SHEETS_LINKS sheets_allowed)
expect_only(app/common APPCOMMON_LINKS appcommon_allowed)
expect_only(app/common/export EXPORT_LINKS export_allowed)
expect_only(app/cli CLI_LINKS cli_allowed)

if(failures)
    message(FATAL_ERROR "Layer link rules broken:${failures}")
endif()
message(STATUS "crypto: ${CRYPTO_LINKS}\ncore: ${CORE_LINKS}\ncore/sheets: ${SHEETS_LINKS}\napp/common: ${APPCOMMON_LINKS}\nexport: ${EXPORT_LINKS}\napp/cli: ${CLI_LINKS}")
