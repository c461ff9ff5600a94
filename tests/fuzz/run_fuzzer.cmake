cmake_minimum_required(VERSION 3.21)
# Runs one libFuzzer target for SECONDS from the SEEDS directories ("|"-separated); new
# inputs go to WORK/corpus, reproducers of findings to WORK/artifacts.
file(MAKE_DIRECTORY ${WORK}/corpus ${WORK}/artifacts)
string(REPLACE "|" ";" SEEDS "${SEEDS}")
execute_process(
  COMMAND ${FUZZER} -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048
          -max_len=262144 -print_final_stats=1 -artifact_prefix=${WORK}/artifacts/
          ${WORK}/corpus ${SEEDS}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
string(REGEX MATCH "stat::number_of_executed_units: *[0-9]+" runs "${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${FUZZER} found a problem (exit ${rc}); reproducer in ${WORK}/artifacts\n${out}")
endif()
message(STATUS "${FUZZER}: no finding in ${SECONDS} s (${runs})")
