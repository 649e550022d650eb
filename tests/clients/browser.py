"""Drives Debian's chromium (headless, through chromedriver and selenium)
against a running `depeche serve`: opens the query editor, runs a canned
query, follows a link to an entity page, checks what it shows, and keeps a
screenshot of each page.

    python3 tests/clients/browser.py URL SCREENSHOT_DIR

Exits non-zero with a one-line reason when anything is not as expected."""

import os
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select, WebDriverWait


def fail(message):
    print(f"browser: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    base, shots = sys.argv[1].rstrip("/"), sys.argv[2]
    os.makedirs(shots, exist_ok=True)
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for flag in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,1600", f"--user-data-dir={tempfile.mkdtemp()}",
    ):
        options.add_argument(flag)
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(service=service, options=options)
    wait = WebDriverWait(driver, 30)
    try:
        driver.get(base + "/")
        if "depeche" not in driver.title:
            fail(f"unexpected title {driver.title!r}")
        Select(driver.find_element(By.ID, "examples")).select_by_value("people-and-roles")
        text = driver.find_element(By.ID, "query").get_attribute("value")
        if "SELECT" not in text:
            fail("choosing a canned query did not fill the editor")
        driver.find_element(By.ID, "run").click()
        table = wait.until(ec.presence_of_element_located((By.ID, "results-table")))
        rows = table.find_elements(By.TAG_NAME, "tr")
        if len(rows) < 3:
            fail(f"the canned query gave {len(rows) - 1} rows")
        status = driver.find_element(By.ID, "status").text
        if "rows" not in status:
            fail(f"status line says {status!r}")
        driver.save_screenshot(os.path.join(shots, "serve-query.png"))
        links = [a for a in table.find_elements(By.TAG_NAME, "a") if "/id/entity/" in a.get_attribute("href")]
        if not links:
            fail("no entity link in the results")
        name = links[0].text
        links[0].click()
        heading = wait.until(ec.presence_of_element_located((By.TAG_NAME, "h1"))).text
        if not heading or heading == "Query the graph":
            fail("the entity page did not open")
        body = driver.find_element(By.TAG_NAME, "main").text
        for expected in ("Mentions", "Person"):
            if expected not in body:
                fail(f"the page of {name} ({heading}) does not show {expected!r}")
        marks = driver.find_elements(By.CSS_SELECTOR, "li.mention mark")
        if not marks:
            fail(f"the page of {heading} highlights no mention")
        svg = driver.find_elements(By.CSS_SELECTOR, "svg.graph")
        if not svg or not svg[0].is_displayed():
            fail(f"the page of {heading} shows no neighbourhood picture")
        driver.save_screenshot(os.path.join(shots, "serve-entity.png"))
        # From a mention to the document, with the mention marked in the text.
        driver.find_elements(By.CSS_SELECTOR, "a.jump")[0].click()
        wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "div.text a.m")))
        if not driver.find_elements(By.CSS_SELECTOR, "div.text a.t-Person"):
            fail("the document page marks no person")
        driver.save_screenshot(os.path.join(shots, "serve-document.png"))
        print(f"browser: ok: {len(rows) - 1} rows, entity page of {heading!r}, screenshots in {shots}")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
