# Runs one golden case: `pacta <arguments from CASE>` in SOURCE_DIR, then compares stdout
# with CASE's .out file and the exit code with its .code file (default 0).
# Set PACTA_UPDATE_GOLDEN=1 in the environment to rewrite the expected files instead.
file(READ ${CASE} args_text)
string(STRIP "${args_text}" args_text)
separate_arguments(args UNIX_COMMAND "${args_text}")
string(REGEX REPLACE "\\.cmd$" "" base ${CASE})
execute_process(COMMAND ${PACTA} ${args}
                WORKING_DIRECTORY ${SOURCE_DIR}
                OUTPUT_VARIABLE actual_out
                ERROR_VARIABLE actual_err
                RESULT_VARIABLE actual_code
                TIMEOUT 60)
if(DEFINED ENV{PACTA_UPDATE_GOLDEN})
  file(WRITE ${base}.out "${actual_out}")
  file(WRITE ${base}.code "${actual_code}\n")
  return()
endif()
set(expected_code 0)
if(EXISTS ${base}.code)
  file(READ ${base}.code expected_code)
  string(STRIP "${expected_code}" expected_code)
endif()
file(READ ${base}.out expected_out)
if(NOT actual_out STREQUAL expected_out)
  file(WRITE ${base}.actual "${actual_out}")
  message(FATAL_ERROR "stdout differs from ${base}.out (actual output in ${base}.actual)\n--- stderr:\n${actual_err}")
endif()
if(NOT actual_code STREQUAL expected_code)
  message(FATAL_ERROR "exit code ${actual_code}, expected ${expected_code}\n--- stderr:\n${actual_err}")
endif()
