package id.alurkerja;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class AlurApplication {

	public static void main(String[] args) {
		SpringApplication.run(AlurApplication.class, args);
	}

}
