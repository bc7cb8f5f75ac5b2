# The CLI's defaults and --output, where a golden case (run in the source tree, stdout only)
# cannot see them:
#   1. `pacta check` in an empty directory: no silent fallback to any other tree; E010 says
#      what to pass; exit 2; nothing on stdout.
#   2. In a subdirectory of a project (a `.pacta-root` above), the defaults are found upward,
#      and -v logs the paths used.
#   3. `check --format sarif --output FILE` with a rule error still writes FILE, carrying the
#      error; the same for JSON and JUnit; and a text report to --output says nothing was checked.
# Arguments: -DPACTA=<binary> -DSOURCE_DIR=<source tree>
# The scratch directory is made under /tmp: the build tree may sit inside this project, whose
# `.pacta-root` the defaults would (rightly) find.
execute_process(COMMAND mktemp -d /tmp/pacta-defaults.XXXXXX OUTPUT_VARIABLE WORK OUTPUT_STRIP_TRAILING_WHITESPACE
                RESULT_VARIABLE made)
if(NOT made EQUAL 0)
  message(FATAL_ERROR "mktemp failed")
endif()
file(MAKE_DIRECTORY ${WORK}/empty)

include(${CMAKE_CURRENT_LIST_DIR}/expect.cmake)

# 1. An empty directory.
execute_process(COMMAND ${PACTA} check --color never WORKING_DIRECTORY ${WORK}/empty
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code)
expect("empty directory: exit ${code}, expected 2" code EQUAL 2)
expect("empty directory: stdout should be empty, got: ${out}" "x${out}" STREQUAL "x")
string(FIND "${err}" "error[E010]: no --rules given" at_rules)
string(FIND "${err}" "pass --rules PATH" at_help)
expect("empty directory: no E010 for --rules in: ${err}" at_rules GREATER -1 AND at_help GREATER -1)
string(FIND "${err}" "${SOURCE_DIR}" at_source)
expect("empty directory: mentions the source tree: ${err}" at_source EQUAL -1)
foreach(verb lint test)
  execute_process(COMMAND ${PACTA} ${verb} --color never WORKING_DIRECTORY ${WORK}/empty
                  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code)
  string(FIND "${out}${err}" "error[E010]" at)
  expect("empty directory: ${verb} exit ${code} (expected 2), stderr: ${err}" code EQUAL 2 AND at GREATER -1)
endforeach()

# 2. Found upward from a subdirectory of a project, and logged with -v.
file(MAKE_DIRECTORY ${WORK}/project/deep/er)
file(WRITE ${WORK}/project/.pacta-root "")
file(COPY ${SOURCE_DIR}/tests/cli/check/data/rules DESTINATION ${WORK}/project)
file(COPY ${SOURCE_DIR}/tests/cli/check/data/profiles DESTINATION ${WORK}/project/fixtures)
execute_process(COMMAND ${PACTA} check -v --color never --as-of 2004-12-31 --no-cache
                WORKING_DIRECTORY ${WORK}/project/deep/er OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code)
expect("project: exit ${code}, stderr: ${err}" code LESS 2)
string(FIND "${out}" "3 states" at_states)
string(FIND "${err}" "--rules: ../../rules (found upward" at_log)
expect("project: expected 3 states and the path logged; stdout: ${out}; stderr: ${err}" at_states GREATER -1 AND at_log GREATER -1)

# 3. --output is always written.
set(bad_rules ${SOURCE_DIR}/tests/cli/lint/corpus/S001_unknown_name.pacta)
set(profiles ${SOURCE_DIR}/tests/cli/check/data/profiles)
foreach(format sarif json junit text)
  set(file ${WORK}/report.${format})
  execute_process(COMMAND ${PACTA} check --color never --rules ${bad_rules} --profiles ${profiles} --as-of 2004-12-31
                          --format ${format} --output ${file}
                  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code)
  expect("--output ${format}: exit ${code}, expected 2" code EQUAL 2)
  expect("--output ${format}: ${file} not written" EXISTS ${file})
  file(READ ${file} written)
  if(format STREQUAL "text")
    string(FIND "${written}" "nothing checked: the rules have errors" at)
  else()
    string(FIND "${written}" "S001" at)
  endif()
  expect("--output ${format}: the file does not carry the rule error: ${written}" at GREATER -1)
endforeach()

file(REMOVE_RECURSE ${WORK})
