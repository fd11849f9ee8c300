import { describe, expect, it } from "vitest";
import { classifyUrlHost, isPublicAddress } from "./public-address";

describe("isPublicAddress", () => {
  it.each([
    "127.0.0.1",
    "127.1.2.3",
    "10.0.0.1",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "255.255.255.255",
    "224.0.0.1",
    "239.255.255.250",
    "::",
    "::1",
    "fe80::1",
    "fd00::1",
    "fc00::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    "2002:7f00:1::",
    "64:ff9b::a00:1",
    "not an address",
    "",
  ])("refuses %s", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["11.0.0.1", "172.32.0.1", "2a00::1", "::ffff:11.0.0.1"])("allows %s", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe("classifyUrlHost", () => {
  it.each([
    "http://169.254.169.254/latest/meta-data",
    "http://10.0.0.1/",
    "http://[::1]:8080/",
    "http://0.0.0.0/",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0x7f.1/",
    "http://0177.0.0.1/",
    "http://127.1/",
    "http://[::ffff:127.0.0.1]/",
    "http://[0:0:0:0:0:ffff:a00:1]/",
    "http://[fd12:3456::1]/",
    "http://localhost:3000/",
    "http://LOCALHOST./",
    "http://api.localhost/",
    "http://[fe80::1]/",
  ])("calls %s private", (url) => {
    expect(classifyUrlHost(url)).toBe("private");
  });

  it("leaves host names to resolution and lets public literals through", () => {
    expect(classifyUrlHost("https://hooks.example.org/x")).toBe("name");
    expect(classifyUrlHost("https://11.0.0.1/x")).toBe("public");
    expect(classifyUrlHost("https://[2a00::1]/x")).toBe("public");
    expect(classifyUrlHost("no url")).toBe("invalid");
  });
});
