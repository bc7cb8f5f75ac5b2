# Runs one golden case: `pacta <arguments from CASE>` in SOURCE_DIR, then compares stdout
# with CASE's .out file, stderr with its .err file (when present) and the exit code with its
# .code file (default 0).
# Set PACTA_UPDATE_GOLDEN=1 in the environment to rewrite the expected files instead.
# A differing output is kept as ACTUAL.actual / ACTUAL.actual-err (ACTUAL: a path in the build
# tree, never the source tree).
file(READ ${CASE} args_text)
string(STRIP "${args_text}" args_text)
separate_arguments(args UNIX_COMMAND "${args_text}")
string(REGEX REPLACE "\\.cmd$" "" base ${CASE})
if(NOT DEFINED ACTUAL)
  message(FATAL_ERROR "run_golden.cmake: pass -DACTUAL=<path in the build tree>")
endif()
execute_process(COMMAND ${PACTA} ${args}
                WORKING_DIRECTORY ${SOURCE_DIR}
                OUTPUT_VARIABLE actual_out
                ERROR_VARIABLE actual_err
                RESULT_VARIABLE actual_code
                TIMEOUT 60)
if(DEFINED ENV{PACTA_UPDATE_GOLDEN})
  file(WRITE ${base}.out "${actual_out}")
  file(WRITE ${base}.code "${actual_code}\n")
  if(actual_err STREQUAL "")
    file(REMOVE ${base}.err)
  else()
    file(WRITE ${base}.err "${actual_err}")
  endif()
  return()
endif()
set(expected_code 0)
if(EXISTS ${base}.code)
  file(READ ${base}.code expected_code)
  string(STRIP "${expected_code}" expected_code)
endif()
file(READ ${base}.out expected_out)
if(NOT actual_out STREQUAL expected_out)
  file(WRITE ${ACTUAL}.actual "${actual_out}")
  message(FATAL_ERROR "stdout differs from ${base}.out (actual output in ${ACTUAL}.actual)\n--- stderr:\n${actual_err}")
endif()
set(expected_err "")
if(EXISTS ${base}.err)
  file(READ ${base}.err expected_err)
endif()
if(NOT actual_err STREQUAL expected_err)
  file(WRITE ${ACTUAL}.actual-err "${actual_err}")
  message(FATAL_ERROR "stderr differs from ${base}.err (actual stderr in ${ACTUAL}.actual-err)")
endif()
if(NOT actual_code STREQUAL expected_code)
  message(FATAL_ERROR "exit code ${actual_code}, expected ${expected_code}\n--- stderr:\n${actual_err}")
endif()
