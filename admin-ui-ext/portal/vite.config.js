import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

/**
 * The pages are served by Keycloak below /realms/{realm}/tenant-sso/portal/, so every link is relative (base "./").
 * The build lists its own files in files.txt: the server serves those names and no other.
 */
function fileList() {
  return {
    name: "tenant-sso-file-list",
    generateBundle(_options, bundle) {
      this.emitFile({
        type: "asset",
        fileName: "files.txt",
        source: Object.keys(bundle).sort().join("\n") + "\n",
      });
    },
  };
}

export default defineConfig({
  base: "./",
  plugins: [react(), fileList()],
  build: {
    outDir: "../target/classes/portal-ui",
    emptyOutDir: true,
    // No inline data: URLs for fonts or scripts; images may be data: (img-src allows it).
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  test: {
    environment: "node",
    include: ["test/**/*.test.js"],
  },
});
