/**
 * Handouts: printing and PDFs. "Afdrukken" / "Download als PDF" on chapter pages (the PageTitle override), the
 * print stylesheet, printed running titles (route-middleware.ts), the whole summary (WholeSummary.astro) and the
 * PDFs printed after the build (pdf.ts).
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import handoutPdfs from './integration.ts';

export { pdfsSkipped } from './pdf.ts';

export default function handouts(): StarlightPlugin {
	return {
		name: 'handouts',
		hooks: {
			'config:setup'(context) {
				context.updateConfig({
					components: { ...context.config.components, PageTitle: './src/handouts/PageTitle.astro' },
					customCss: [...(context.config.customCss ?? []), './src/handouts/print.css'],
				});
				context.addRouteMiddleware({ entrypoint: './src/handouts/route-middleware.ts' });
				context.addIntegration(handoutPdfs());
			},
		},
	};
}
