# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#
# The translations_complete test: runs lupdate over the current sources (the same list as the
# update_translations target, qml/i18n/TranslationSources.cmake) into a temporary copy of the committed .ts
# (never the committed file itself), then doichieu-ts-check compares the two; the same for English's plural forms
# (PLURALS_TS_FILE, lupdate -pluralonly) when given.
#   cmake -DSOURCE_DIR=... -DTS_FILE=... -DWORK_DIR=... -DLUPDATE=... -DTS_CHECK=... -P CheckTranslations.cmake
foreach(var IN ITEMS SOURCE_DIR TS_FILE WORK_DIR LUPDATE TS_CHECK)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "CheckTranslations.cmake needs -D${var}=...")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(ts_name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/${ts_name}")
file(COPY_FILE "${TS_FILE}" "${copy}")

include("${SOURCE_DIR}/qml/i18n/TranslationSources.cmake")
doichieu_translation_sources(sources "${SOURCE_DIR}")

# The same options as update_translations, except -no-obsolete: a message gone from the sources stays in the
# copy as "vanished", so the check can name it.
execute_process(
    COMMAND "${LUPDATE}" -silent -I "${SOURCE_DIR}" -locations none ${sources} -ts "${copy}"
    RESULT_VARIABLE lupdate_result
    OUTPUT_VARIABLE lupdate_output
    ERROR_VARIABLE lupdate_output)
if(NOT lupdate_result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${lupdate_result}):\n${lupdate_output}")
endif()

execute_process(COMMAND "${TS_CHECK}" "${TS_FILE}" "${copy}" RESULT_VARIABLE check_result)
if(NOT check_result EQUAL 0)
    message(FATAL_ERROR "The Vietnamese translation is not complete (see above).")
endif()

# English's plural forms (-DPLURALS_TS_FILE=qml/i18n/doichieu_en.ts): every message with %n, both forms given.
if(DEFINED PLURALS_TS_FILE)
    get_filename_component(plurals_name "${PLURALS_TS_FILE}" NAME)
    set(plurals_copy "${WORK_DIR}/${plurals_name}")
    file(COPY_FILE "${PLURALS_TS_FILE}" "${plurals_copy}")
    execute_process(
        COMMAND "${LUPDATE}" -silent -pluralonly -I "${SOURCE_DIR}" -locations none ${sources} -ts "${plurals_copy}"
        RESULT_VARIABLE lupdate_result
        OUTPUT_VARIABLE lupdate_output
        ERROR_VARIABLE lupdate_output)
    if(NOT lupdate_result EQUAL 0)
        message(FATAL_ERROR "lupdate -pluralonly failed (${lupdate_result}):\n${lupdate_output}")
    endif()
    execute_process(COMMAND "${TS_CHECK}" "${PLURALS_TS_FILE}" "${plurals_copy}" RESULT_VARIABLE check_result)
    if(NOT check_result EQUAL 0)
        message(FATAL_ERROR "The English plural forms are not complete (see above).")
    endif()
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
