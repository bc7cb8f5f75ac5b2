# The profile cache changes nothing a user sees: `pacta check` over the shipped rules and
# fixtures/profiles prints the same bytes (stdout, stderr, exit code) with a fresh --cache-dir
# (cold), again (warm) and with --no-cache. Then the same over a copy of the fixtures with a
# warning (Y012) and a broken profile, with -v (debug lines about the cache filtered out), and
# with two runs at once against one cache directory (a pipeline: both processes run together).
#   cmake -DPACTA=<pacta> -DSOURCE_DIR=<source tree> -DWORK=<scratch directory> -P cache_identity.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(common --rules rules --as-of 2025-06-30)

function(run name)
  execute_process(COMMAND ${PACTA} ${ARGN}
                  WORKING_DIRECTORY ${SOURCE_DIR}
                  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code TIMEOUT 120)
  # Debug lines (-v) name hits and misses: the one thing allowed to differ.
  string(REGEX REPLACE "pacta: debug: [^\n]*\n" "" err "${err}")
  file(WRITE ${WORK}/${name}.out "${out}")
  file(WRITE ${WORK}/${name}.err "${err}")
  file(WRITE ${WORK}/${name}.code "${code}")
endfunction()

function(expect_same a b)
  foreach(part out err code)
    file(READ ${WORK}/${a}.${part} left)
    file(READ ${WORK}/${b}.${part} right)
    if(NOT left STREQUAL right)
      message(FATAL_ERROR "${a}.${part} and ${b}.${part} differ (in ${WORK})")
    endif()
  endforeach()
endfunction()

function(expect_entries dir)
  file(GLOB entries ${dir}/profiles/*.entry)
  list(LENGTH entries n)
  if(n EQUAL 0)
    message(FATAL_ERROR "no cache entries written in ${dir}/profiles")
  endif()
  file(GLOB leftovers ${dir}/profiles/.tmp-*)
  if(leftovers)
    message(FATAL_ERROR "temporary files left in ${dir}/profiles: ${leftovers}")
  endif()
endfunction()

# 1. The shipped fixtures, JSON.
set(json check --format json ${common} --profiles fixtures/profiles)
run(cold ${json} --cache-dir ${WORK}/cache)
expect_entries(${WORK}/cache)
run(warm ${json} --cache-dir ${WORK}/cache)
run(uncached ${json} --no-cache)
file(READ ${WORK}/cold.out cold_out)
string(LENGTH "${cold_out}" cold_length)
if(cold_length LESS 1000)
  message(FATAL_ERROR "suspiciously short output from pacta check (${cold_length} bytes)")
endif()
expect_same(cold warm)
expect_same(cold uncached)

# 2. A warning and an error in the profiles, text output, -v.
file(COPY ${SOURCE_DIR}/fixtures/profiles/ DESTINATION ${WORK}/profiles FILES_MATCHING PATTERN "*.yaml")
file(RENAME ${WORK}/profiles/FRA.yaml ${WORK}/profiles/xyz.yaml)  # state FRA: Y012
file(WRITE ${WORK}/profiles/bad.yaml "state: ZZZ\ninstruments: { UNTOC: [\n")  # Y001
set(text -v check --all ${common} --profiles ${WORK}/profiles)
run(text_cold ${text} --cache-dir ${WORK}/cache2)
expect_entries(${WORK}/cache2)
run(text_warm ${text} --cache-dir ${WORK}/cache2)
run(text_uncached ${text} --no-cache)
file(READ ${WORK}/text_cold.err text_err)
if(NOT text_err MATCHES "Y012" OR NOT text_err MATCHES "Y001")
  message(FATAL_ERROR "expected Y012 and Y001 on stderr, got:\n${text_err}")
endif()
expect_same(text_cold text_warm)
expect_same(text_cold text_uncached)

# 3. Two processes at once on one fresh cache directory, each writing its report with -o.
foreach(round 1 2 3)
  file(REMOVE_RECURSE ${WORK}/cache3)
  execute_process(COMMAND ${PACTA} ${json} --cache-dir ${WORK}/cache3 -o ${WORK}/p1.json
                  COMMAND ${PACTA} ${json} --cache-dir ${WORK}/cache3 -o ${WORK}/p2.json
                  WORKING_DIRECTORY ${SOURCE_DIR} RESULTS_VARIABLE codes TIMEOUT 120)
  file(READ ${WORK}/p1.json p1)
  file(READ ${WORK}/p2.json p2)
  if(NOT p1 STREQUAL cold_out OR NOT p2 STREQUAL cold_out)
    message(FATAL_ERROR "concurrent runs (round ${round}, exit codes ${codes}) differ from the cold run")
  endif()
  expect_entries(${WORK}/cache3)
endforeach()
file(REMOVE_RECURSE ${WORK})
