@echo off
rem nianbao launcher for Windows: builds the jar on first use and runs it.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\nianbao-cli.jar"
if not exist "%JAR%" (
  echo 正在构建 nianbao（首次运行需要一两分钟）… 1>&2
  pushd "%HERE%"
  call mvn -B -q -DskipTests package 1>&2
  if errorlevel 1 (
    popd
    echo 构建失败：请确认已安装 JDK 17 和 Maven。 1>&2
    exit /b 2
  )
  popd
)
chcp 65001 >nul
rem C1 only and the serial collector: these commands run for seconds, not hours (see the sh launcher)
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %NIANBAO_JAVA_OPTS% -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -jar "%JAR%" %*
exit /b %ERRORLEVEL%
